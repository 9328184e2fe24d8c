import path from 'node:path';
import { checkOutputFolders } from './deck-files.js';
import { isFolderFile } from './index-file.js';
import { titleAsks } from './text.js';
import { frontMatterBlock } from './front-matter-block.js';
import { QUESTION_LABEL } from './layouts/labels.js';
import { isNumberLabel } from './layouts/question-number.js';

/** A title that is only a question's number, or its number and topic (`Question 4 - Events`). */
const numberLabel = (words: string): boolean => isNumberLabel({ type: 'heading', depth: 1, children: [{ type: 'text', value: words }] });

// Many banks keep one question per file (`questions/closures.md`, `questions/cors.md`, …). Built
// file by file, such a folder gave as many decks of one question each; read together, the folder
// is one deck.

/** Largest file read as one question of a folder; a larger one is a deck of its own. */
const MAX_QUESTION_BYTES = 64 * 1024;

/** Fewest files that make a folder of questions (one file alone is a deck like any other). */
const MIN_FILES = 2;

/** A folder given to the build whose files may each be one question. */
export interface FolderGroup {
  folder: string;
  files: string[];
  /** Its read-me or index (`README.md`), which shares the folder's name: left out when it holds no question. */
  indexes: string[];
}

/**
 * The `title:` line of front matter, quotes taken off: enough for a guess made before the parse
 * (which reads the YAML itself), without loading a YAML parser on the build's own thread.
 */
function frontMatterTitle(yaml: string): string | undefined {
  const value = /^title\s*:\s*(.+?)\s*$/m.exec(yaml)?.[1];
  return value?.replace(/^(["'])(.*)\1$/, '$2').trim() || undefined;
}

/**
 * Whether a file may hold one question of a folder deck: small, with no title of its own (no
 * front matter `title`, no `#` or `##` heading outside code) or a title that asks. The parse
 * decides the rest.
 */
export function mayBeOneQuestion(text: string): boolean {
  if (text.length > MAX_QUESTION_BYTES) return false;
  // A title that asks is the file's question (title-question.ts): `title: What is …?`, `# Explain …`.
  const yamlTitle = frontMatterTitle(frontMatterBlock(text) ?? '');
  const prose = text.replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[^\n]*$|(?![\s\S]))/gm, '');
  const h1 = /^ {0,3}#[ \t]+(.+?)[ \t#]*$/m.exec(prose)?.[1];
  // …or names a task over the question it asks (`# Recover disk space …` over `Why can …?`).
  const firstLine = prose.replace(/^---\r?\n[\s\S]*?^---[ \t]*$/m, '').split('\n').find((l) => l.trim() && !/^ {0,3}#/.test(l));
  // …or only labels the page (`# Question 4 - Events`) over the heading that asks (`## How do you …?`).
  const second = /^ {0,3}#{2,3}[ \t]+(.+?)[ \t#]*$/m.exec(prose)?.[1];
  if (yamlTitle === undefined && h1 !== undefined && numberLabel(h1) && second !== undefined) return titleAsks(second);
  if (yamlTitle !== undefined || h1 !== undefined) return titleAsks(yamlTitle ?? h1!) || titleAsks(firstLine ?? '');
  // A question in a labelled heading first (`### Q: …`), its answer in sections of its own (`## 1. What does merge do?`).
  const headings = [...prose.matchAll(/^ {0,3}#{1,6}[ \t]+(.*)$/gm)].map((m) => m[1]);
  if (headings.length && QUESTION_LABEL.test(headings[0]) && !headings.slice(1).some((h) => QUESTION_LABEL.test(h))) return true;
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
