import { ANSWER_KEYS, EXTRA_KEYS, LEVEL_KEYS, QUESTION_KEYS, SECTION_KEYS, TAG_KEYS, isBookkeeping } from '../content/record-fields.js';

// A sheet's header row names its columns: read by those names (the ones JSON and YAML records
// use, and their words in a few languages), so `answer,question` or `question,answer,tags` is
// read as meant, not by position.

type Role = 'question' | 'answer' | 'card' | 'level' | 'tags' | 'section' | 'extra';

/** What a table reads from each row: the column of each role, and the columns printed under the answer with their labels. */
export interface Columns {
  question: number;
  answer?: number;
  card?: number;
  level?: number;
  tags?: number;
  section?: number;
  extras: { at: number; label: string }[];
  /** How many columns the header names: cells past them are read by none. */
  width: number;
  /** Columns the header leaves unnamed: their cells are said left out row by row. */
  blank: number[];
  /** Header names of the columns no role reads, as written. */
  unread: string[];
}

/** A field's name as a sheet's header writes it: one short lower-case word (`day`, `qid`, `topic_2`). */
const FIELD_NAME = /^[\p{Ll}][\p{Ll}\p{N}_]{0,23}$/u;

/** Names compared without case, spaces, `_` or `-`: `Sample Answer`, `sample_answer` and `sampleAnswer` are one. */
const bare = (name: string): string =>
  name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s_-]+/g, '');

const NAMES: [Role, string[]][] = [
  ['question', [...QUESTION_KEYS, 'frage', 'pregunta', 'pergunta', 'domanda', 'vraag', 'вопрос', '问题', '問題', '题目', '질문']],
  ['card', ['card', 'cardanswer', 'short', 'shortanswer', 'karte', 'tarjeta', 'carte', 'cartão']],
  ['answer', [...ANSWER_KEYS, 'antwort', 'réponse', 'reponse', 'respuesta', 'resposta', 'risposta', 'antwoord', 'ответ', '答案', '回答', '답변']],
  [
    'level',
    [
      ...LEVEL_KEYS,
      'schwierigkeit',
      'stufe',
      'niveau',
      'difficulté',
      'nivel',
      'dificultad',
      'nível',
      'dificuldade',
      'livello',
      'difficoltà',
      'сложность',
      '难度',
      '難易度',
      '난이도',
    ],
  ],
  ['tags', [...TAG_KEYS, 'schlagwörter', 'étiquettes', 'etiquetas', 'etichette', 'теги', '标签', 'タグ', '태그']],
  [
    'section',
    [
      ...SECTION_KEYS,
      'abschnitt',
      'kategorie',
      'thema',
      'catégorie',
      'thème',
      'sección',
      'categoría',
      'seção',
      'secção',
      'sezione',
      'argomento',
      'раздел',
      '分类',
      '카테고리',
    ],
  ],
];
const ROLE = new Map<string, Role>(NAMES.flatMap(([role, names]) => names.map((n): [string, Role] => [bare(n), role])));
const EXTRA = new Map(EXTRA_KEYS.flatMap(([names, label]) => names.map((n): [string, string] => [bare(n), label])));

const roleOf = (name: string): Role | undefined => ROLE.get(bare(name)) ?? (EXTRA.has(bare(name)) ? 'extra' : undefined);

/**
 * The columns a header row names, when the first row is one: a cell names the question and
 * another names a column we read (or the question's is the first). Undefined for a sheet
 * with no header, read by position.
 */
export function headerColumns(cells: string[]): Columns | undefined {
  const names = cells.map((c) => c.trim());
  const roles = names.map(roleOf);
  const question = roles.indexOf('question');
  // Beside a question named second, a header names its other columns as a record's fields are named (`id`,
  // `day`: a bookkeeping field or a lower-case word), where a row of data holds sentences.
  const named = names.every((name, at) => roles[at] || isBookkeeping(name) || FIELD_NAME.test(name));
  if (question < 0 || (question > 0 && roles.filter(Boolean).length < 2 && !named)) return undefined;
  const columns: Columns = { question, width: names.length, blank: [], extras: [], unread: [] };
  names.forEach((name, at) => {
    const role = roles[at];
    if (!name) columns.blank.push(at);
    else if (role === 'extra') columns.extras.push({ at, label: EXTRA.get(bare(name))! });
    else if (role && role !== 'question' && columns[role] === undefined) columns[role] = at;
    // A second answer column (`explanation` beside `answer`) prints under its own name, as a JSON record's does.
    else if (role === 'answer') columns.extras.push({ at, label: name });
    // A record's bookkeeping (`Id`, `Created`) is left out without a word, as a JSON bank's is.
    else if (at !== question && !isBookkeeping(name)) columns.unread.push(name);
  });
  return columns;
}

/** The role names a header may use, for the warning on columns not read. */
export const COLUMN_NAMES = 'question, answer, card, level, tags, section, tips or notes';
