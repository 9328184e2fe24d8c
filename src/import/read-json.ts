import { contentError } from '../errors.js';
import type { Diagnostic, Level } from '../model/deck.js';
import { levelLine } from '../content/level-names.js';

// A bank kept as JSON, as apps and scripts export it: an array of questions, an object holding
// one (`{ "questions": [...] }`), or questions grouped by category (`{ "Algorithms": [...] }`).
// Each question is an object whose fields go by the names such exports use.

const QUESTION_KEYS = ['question', 'text', 'prompt', 'front', 'q', 'term', 'title'];
const ANSWER_KEYS = ['answer', 'sampleAnswer', 'sample_answer', 'modelAnswer', 'a', 'back', 'solution', 'definition', 'explanation', 'response'];
const LEVEL_KEYS = ['difficulty', 'level'];
const SECTION_KEYS = ['category', 'section', 'topic', 'skill', 'group', 'chapter'];
const TAG_KEYS = ['tags', 'tag', 'keywords'];
/** Fields printed under the answer, each under its own label. */
const EXTRA_KEYS: [string[], string][] = [
  [['tips', 'tip', 'hint', 'hints'], 'Tip'],
  [['followUps', 'follow_ups', 'followups', 'followUpQuestions'], 'Follow-up questions'],
];
const LIST_KEYS = ['questions', 'items', 'cards', 'data', 'entries', 'notes'];

type Item = Record<string, unknown>;

/** An entry's fields by lower-case name (exports spell `followUps`, `followups`, `FollowUps`). */
type Fields = Map<string, unknown>;
const fieldsOf = (item: Item): Fields => new Map(Object.entries(item).map(([k, v]) => [k.toLowerCase(), v]));
function field(fields: Fields, keys: string[]): unknown {
  const key = keys.map((k) => k.toLowerCase()).find((k) => fields.has(k));
  return key === undefined ? undefined : fields.get(key);
}
const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');
const oneLine = (value: string): string => value.replace(/\s*\n\s*/g, ' ');

/** A level from a word (`Beginner`, `hard`) or a number on the scale the bank's numbers use. */
function levelOf(value: unknown, highest: number): Level | undefined {
  if (typeof value === 'number' && value > 0) {
    const scale = highest <= 3 ? 3 : highest;
    const third = value / scale;
    return third <= 1 / 3 ? 'easy' : third <= 2 / 3 ? 'medium' : 'hard';
  }
  return typeof value === 'string' ? levelLine(`Level: ${value}`) : undefined;
}

/** The bank's questions, each with the section it names (or the key it is grouped under). */
function questionsOf(data: unknown): { title?: string; items: { item: unknown; section?: string }[] } {
  if (Array.isArray(data)) return { items: data.map((item) => ({ item })) };
  if (!data || typeof data !== 'object') return { items: [] };
  const object = data as Item;
  const fields = fieldsOf(object);
  const title = text(field(fields, ['title', 'name', 'deck']));
  const list = LIST_KEYS.map((k) => field(fields, [k])).find(Array.isArray);
  if (list) return { title, items: list.map((item) => ({ item })) };
  // Grouped by category: every array value is a section of questions.
  const groups = Object.entries(object).filter(([, v]) => Array.isArray(v));
  return { title, items: groups.flatMap(([section, items]) => (items as unknown[]).map((item) => ({ item, section }))) };
}

/**
 * A JSON bank → a deck in our format, and a warning for each entry it could not read as a
 * question (named by its place in the list: JSON gives no line per entry).
 */
export function jsonToDeck(source: string, file: string): { markdown: string; diagnostics: Diagnostic[] } {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (err) {
    const at = /position (\d+)/.exec((err as Error).message)?.[1];
    const line = at === undefined ? 1 : source.slice(0, Number(at)).split('\n').length;
    throw contentError(
      file,
      line,
      `not readable JSON (${(err as Error).message.split('\n')[0]})`,
      'fix the JSON, or export the bank as CSV: question, answer[, level, tags]',
    );
  }
  const { title, items } = questionsOf(data);
  const diagnostics: Diagnostic[] = [];
  const entries = items.map(({ item }): Fields =>
    fieldsOf(typeof item === 'string' ? { question: item } : item && typeof item === 'object' ? (item as Item) : {}),
  );
  const levels = entries.map((entry) => field(entry, LEVEL_KEYS));
  const highest = Math.max(0, ...levels.filter((l): l is number => typeof l === 'number'));
  const sections = new Map<string, string[]>();
  items.forEach(({ section }, i) => {
    const entry = entries[i];
    const question = oneLine(text(field(entry, QUESTION_KEYS)));
    if (!question) {
      diagnostics.push({
        file,
        line: 1,
        severity: 'warning',
        code: 'left-out',
        message: `entry ${i + 1} of the list has no question field (${QUESTION_KEYS.join(', ')}); left out`,
      });
      return;
    }
    const name = text(field(entry, SECTION_KEYS)) || section || 'Questions';
    const lines = [`### ${question}`, ''];
    const level = levelOf(levels[i], highest);
    const rawTags = field(entry, TAG_KEYS);
    const tags = (Array.isArray(rawTags) ? rawTags.map(text) : text(rawTags).split(/[,;]/)).map((t) => t.trim()).filter(Boolean);
    const meta = [level ? `Level: ${level}` : '', tags.length ? `Tags: ${tags.join(', ')}` : ''].filter(Boolean);
    if (meta.length) lines.push(meta.join(' · '), '');
    const extras = EXTRA_KEYS.flatMap(([keys, label]) => {
      const value = field(entry, keys);
      const list = (Array.isArray(value) ? value.map(text) : [text(value)]).filter(Boolean);
      return list.length ? [{ label, list }] : [];
    });
    const answer = text(field(entry, ANSWER_KEYS));
    // With no answer, a tip is what the bank has to say: it answers.
    const said = answer || (extras[0]?.list.length === 1 ? extras.shift()!.list[0] : '');
    if (said) lines.push(said, '');
    else lines.push('Status: open', '');
    if (said)
      for (const { label, list } of extras) lines.push(`**${label}:**`, '', ...(list.length === 1 ? [list[0]] : list.map((l) => `- ${oneLine(l)}`)), '');
    sections.set(name, [...(sections.get(name) ?? []), ...lines]);
  });
  // Else the empty deck failed as "a JSON bank is not a markdown deck — import it first", to a user importing it.
  if (!sections.size) {
    throw contentError(
      file,
      1,
      items.length
        ? `${items.length === 1 ? 'the one entry' : `none of the ${items.length} entries`} of this JSON has ${items.length === 1 ? 'no' : 'a'} question field (${QUESTION_KEYS.join(', ')})`
        : 'this JSON holds no list of questions',
      'write it as [{ "question": "…", "answer": "…" }, …] or { "questions": [ … ] }',
    );
  }
  const markdown = [
    `# ${title || ''}`.trim() === '#' ? '' : `# ${title}`,
    '',
    ...[...sections].flatMap(([name, lines]) => [`## ${oneLine(name)}`, '', ...lines]),
  ];
  return { markdown: markdown.filter((l, i) => i > 0 || l).join('\n'), diagnostics };
}
