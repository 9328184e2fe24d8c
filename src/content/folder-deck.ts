import path from 'node:path';
import { allQuestions, type Deck, type Question, type Section } from '../model/deck.js';
import { checkOutputFolders, slugFromFile } from './deck-files.js';
import { isFolderFile } from './index-file.js';
import { shortAnchor } from './short-anchor.js';
import { typographicText } from './typographic.js';
import { frontMatterTitle, titleAsks } from './title-question.js';

// Many banks keep one question per file (`questions/closures.md`, `questions/cors.md`, …). Built
// file by file, such a folder gave as many decks of one question each; read together, the folder
// is one deck.

/** Largest file read as one question of a folder; a larger one is a deck of its own. */
const MAX_QUESTION_BYTES = 64 * 1024;

/** Fewest files that make a folder of questions (one file alone is a deck like any other). */
const MIN_FILES = 2;

/** Sections by tag only when the tags sort the questions into a few groups. */
const MAX_TAG_SECTIONS = 20;

/** Folder names that say nothing of the subject: the folder above names the deck instead. */
const GENERIC_FOLDER = /^(?:questions?|content|decks?|docs?|src|cards?|markdown|md|pages|entries|items|data)$/i;

/** A folder given to the build whose files may each be one question. */
export interface FolderGroup {
  folder: string;
  files: string[];
  /** Its read-me or index (`README.md`), which shares the folder's name: left out when it holds no question. */
  indexes: string[];
}

/**
 * Whether a file may hold one question of a folder deck: small, with no title of its own (no
 * front matter `title`, no `#` or `##` heading outside code) or a title that asks. The parse
 * decides the rest.
 */
export function mayBeOneQuestion(text: string): boolean {
  if (text.length > MAX_QUESTION_BYTES) return false;
  // A title that asks is the file's question (title-question.ts): `title: What is …?`, `# Explain …`.
  const yamlTitle = frontMatterTitle(/^---\r?\n([\s\S]*?)^---\s*$/m.exec(text)?.[1] ?? '');
  const prose = text.replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[^\n]*$|(?![\s\S]))/gm, '');
  const h1 = /^ {0,3}#[ \t]+(.+?)[ \t#]*$/m.exec(prose)?.[1];
  if (yamlTitle !== undefined || h1 !== undefined) return titleAsks(yamlTitle ?? h1!);
  return !/^ {0,3}#{1,2}(?:[ \t]|$)/m.test(prose);
}

/**
 * The folders among `paths` whose deck files (a read-me or index aside) are two or more and may
 * each be one question, with those files in the order found. Files given one by one or by a
 * pattern stay decks of their own.
 */
export async function folderGroups(paths: string[], files: string[], textOf: (file: string) => Promise<string | undefined>): Promise<FolderGroup[]> {
  const folders = new Set(paths.map((p) => path.normalize(p)));
  const byFolder = new Map<string, FolderGroup>();
  for (const file of files) {
    const folder = path.dirname(file);
    if (!folders.has(path.normalize(folder))) continue;
    const group = byFolder.get(folder) ?? { folder, files: [], indexes: [] };
    (isFolderFile(file) ? group.indexes : group.files).push(file);
    byFolder.set(folder, group);
  }
  const groups: FolderGroup[] = [];
  for (const group of byFolder.values()) {
    if (group.files.length < MIN_FILES) continue;
    const texts = await Promise.all(group.files.map(textOf));
    if (texts.every((t) => t !== undefined && mayBeOneQuestion(t))) groups.push(group);
  }
  return groups;
}

/** Names tags are written in lower case that a title spells in capitals. */
const ACRONYMS = new Set(['api', 'aws', 'cd', 'ci', 'css', 'dns', 'gcp', 'html', 'http', 'js', 'json', 'oop', 'php', 'rest', 'sql', 'ts', 'ui', 'ux', 'xml']);

/** `30-seconds-of-interviews` → "30 seconds of interviews"; `css` → "CSS". */
function titleOf(name: string): string {
  const words = name.replace(/[-_]+/g, ' ').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return 'Questions';
  const spelled = words.map((w) => (ACRONYMS.has(w.toLowerCase()) ? w.toUpperCase() : w));
  return spelled.map((w, i) => (i === 0 ? w[0].toUpperCase() + w.slice(1) : w)).join(' ');
}

/** The deck's title: the folder's name, or the one above it when the folder's says nothing ("questions"). */
export function folderTitle(folder: string): string {
  const absolute = path.resolve(folder);
  const name = path.basename(absolute);
  const above = path.basename(path.dirname(absolute));
  return titleOf(GENERIC_FOLDER.test(name) && above ? above : name);
}

/**
 * The questions of a folder's files as one deck, in file-name order: one section per first tag
 * when every question has tags that form a few groups (sections in alphabetical order), else one
 * section. Each question keeps its file and line for messages, and its note id (Anki's guid) as
 * its own file gave it, so a learner's history survives the move into the folder's deck.
 */
export function folderDeck(folder: string, decks: Deck[]): Deck {
  const langs = decks.map((d) => d.lang);
  const lang = [...new Set(langs)].sort((a, b) => langs.filter((l) => l === b).length - langs.filter((l) => l === a).length)[0] ?? 'en';
  const title = typographicText(folderTitle(folder), lang);
  const taken = new Set<string>();
  const unique = (id: string) => {
    let candidate = id;
    for (let n = 2; taken.has(candidate); n++) candidate = shortAnchor(`${id}-${n}`);
    taken.add(candidate);
    return candidate;
  };
  const questions: Question[] = decks.flatMap((deck) => allQuestions(deck).map((q) => ({ ...q, file: deck.file })));
  const groups = groupByTag(questions) ?? [{ title, questions }];
  let number = 0;
  const sections: Section[] = groups.map((g) => ({
    id: unique(shortAnchor(`s-${slugFromFile(g.title) || 'questions'}`)),
    title: g.title,
    introHtml: '',
    line: 1,
    questions: g.questions.map((q) => ({ ...q, id: unique(q.id), number: ++number })),
  }));
  const readings = decks.flatMap((d) => (d.reading ? [d.reading] : []));
  const sum = (key: 'questions' | 'open' | 'navigation' | 'leftOut') => readings.reduce((n, r) => n + r[key], 0);
  return {
    slug: slugFromFile(folder),
    file: folder,
    title,
    subtitle: `${number} question${number === 1 ? '' : 's'} from the files of ${path.basename(path.resolve(folder))}/`,
    lang,
    tags: [...new Set(questions.flatMap((q) => q.tags))],
    introHtml: '',
    sections,
    frontMatter: {},
    diagnostics: decks.flatMap((d) => d.diagnostics),
    ...(readings.length
      ? { reading: { ...readings[0], questions: sum('questions'), open: sum('open'), navigation: sum('navigation'), navigationLines: [], leftOut: sum('leftOut') } }
      : {}),
  };
}

/** Sections by each question's first tag, or undefined when some question has none or the tags scatter. */
function groupByTag(questions: Question[]): { title: string; questions: Question[] }[] | undefined {
  if (questions.some((q) => q.tags.length === 0)) return undefined;
  const byTag = new Map<string, Question[]>();
  for (const q of questions) byTag.set(q.tags[0], [...(byTag.get(q.tags[0]) ?? []), q]);
  if (byTag.size < 2 || byTag.size > MAX_TAG_SECTIONS) return undefined;
  return [...byTag]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([tag, qs]) => ({ title: titleOf(tag), questions: qs }));
}

/**
 * What the build makes decks of, in the order found: each file, and each folder of one-question
 * files in the place of its first file. A folder's deck and a file's must not share an output folder.
 */
export function deckUnits(files: string[], groups: FolderGroup[]): (string | FolderGroup)[] {
  const units: (string | FolderGroup)[] = [];
  for (const file of files) {
    const group = groups.find((g) => g.files.includes(file) || g.indexes.includes(file));
    if (!group) units.push(file);
    else if (!units.includes(group)) units.push(group);
  }
  checkOutputFolders(units.map((u) => (typeof u === 'string' ? u : u.folder)));
  return units;
}
