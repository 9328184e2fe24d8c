import path from 'node:path';
import { folderGroups } from '../content/folder-deck.js';
import { foldPluginSettings } from '../content/plugin-settings.js';
import type { BuildOptions } from '../model/build-options.js';
import { optionsForDeck } from '../config/config.js';
import { findDeckFiles, readDeckBytes } from '../content/load-deck.js';
import { peekDeckText } from '../content/read-deck.js';
import { checkDeckLimits } from '../content/deck-limits.js';
import { allQuestions, type Deck } from '../model/deck.js';
import { ParseThread } from '../parse-thread/parse-off-thread.js';
import { readingSummary } from '../content/layouts/summary.js';
import { findLongCards } from './card-length.js';
import { cardForSize } from '../model/card-room.js';
import { cutCardWarnings } from '../content/card-cut.js';
import type { CheckedSource } from './check-deck-source.js';
import { errorFinding } from './finding.js';
import { sortFindings, type Finding } from './finding.js';
import { findSharedIds, type NoteIdIndex } from './shared-ids.js';

/** What `check` needs from the options: the card size (for length estimates) and label/filter keys. */
export type CheckOptions = Pick<BuildOptions, 'cardSize' | 'flagKeys'> & Partial<BuildOptions>;

/** What checking one deck file gives: its findings and, when it parsed, the deck it read. */
export interface CheckedDeck {
  findings: Finding[];
  /** The deck as check parsed it: as the build does, but without code highlighting and with any line of a meta-line error blanked; absent when it did not parse. */
  deck?: Deck;
}

/** Every finding of one deck file, without a browser, and the deck it read. */
export async function checkDeck(file: string, opts: CheckOptions, noteIds: NoteIdIndex = new Map()): Promise<CheckedDeck> {
  const parser = new ParseThread();
  try {
    const { findings, deck } = await checkDeckFile(parser, file, opts, noteIds);
    return { findings, deck };
  } finally {
    await parser.close();
  }
}

/**
 * One deck file checked: its findings and, when it parsed, what reading it found (the summary
 * line). It parses as the build does, under the parser's time and memory limits, so a costly deck
 * is an error at its line 1 instead of a hang.
 */
async function checkDeckFile(parser: ParseThread, file: string, opts: CheckOptions, noteIds: NoteIdIndex): Promise<CheckedDeck & { read?: string }> {
  let source: CheckedSource;
  try {
    source = await parser.check(file, await readDeckBytes(file), { layout: opts.layout, layoutForced: opts.flagKeys?.includes('layout') });
  } catch (err) {
    return { findings: [errorFinding(err, file)] };
  }
  const { findings, deck, text } = source;
  if (!deck) return { findings };
  const questions = allQuestions(deck);
  findings.push(...findSharedIds(file, questions, noteIds));
  try {
    const deckOpts = optionsForDeck(opts as BuildOptions, deck, text);
    checkDeckLimits(deck, deckOpts.maxQuestions);
    // Cards are judged as the size checked prints them: a cut made for a 4×6 card keeps more.
    const size = deckOpts.cardSize;
    findings.push(
      ...findLongCards(
        file,
        questions.map((q) => cardForSize(q, size)),
        size,
      ),
    );
    findings.push(...cutCardWarnings(deck, size).map((d) => ({ file: d.file, line: d.line, level: d.severity, code: d.code, message: d.message })));
  } catch (err) {
    findings.push(errorFinding(err, file));
  }
  return { findings, deck, read: deck.reading ? readingSummary(deck.reading) : undefined };
}

/** The result of checking a set of decks. */
export interface CheckResult {
  files: string[];
  /** Per deck file that could be read: what it held, as the build's summary line says it. */
  decks: { file: string; read: string }[];
  findings: Finding[];
  errors: number;
  warnings: number;
}

/** Checks every deck under the paths; findings sorted by file and line. */
export async function checkDecks(paths: string[], opts: CheckOptions): Promise<CheckResult> {
  const files = await findDeckFiles(paths, opts);
  const findings: Finding[] = [];
  const decks: CheckResult['decks'] = [];
  const noteIds: NoteIdIndex = new Map();
  const parser = new ParseThread();
  const outlines = await outlineFiles(paths, files);
  try {
    for (const file of files) {
      // A folder's table of contents (a book's SUMMARY.md) is no deck: the build reads it as the folder's order and parts.
      const outline = outlines.get(file);
      if (outline) {
        decks.push({ file: path.normalize(file), read: outline });
        continue;
      }
      const checked = await checkDeckFile(parser, file, opts, noteIds);
      findings.push(...checked.findings);
      if (checked.read) decks.push({ file: path.normalize(file), read: checked.read });
    }
  } finally {
    await parser.close();
  }
  // As in build: a folder's read-me is left out beside decks, but with no deck at all it is the error.
  const alone = (f: Finding): Finding => (decks.length === 0 && f.code === 'not-a-deck' ? { ...f, level: 'error' } : f);
  // A folder of notes each carrying a notes app's plugin settings: said once for the folder, as the build's deck of it says it.
  const sorted = sortFindings(foldPluginSettings(findings).map((f) => alone({ ...f, file: path.normalize(f.file) })));
  return {
    files,
    decks,
    findings: sorted,
    errors: sorted.filter((f) => f.level === 'error').length,
    warnings: sorted.filter((f) => f.level === 'warning').length,
  };
}

/** The index files among `files` that outline their folder of one-question files (folder-outline.ts), with what they say of it. */
async function outlineFiles(paths: string[], files: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const groups = await folderGroups(paths, files, peekDeckText);
  if (!groups.some((g) => g.indexes.length)) return found;
  const { folderOutline, folderIntroduction } = await import('../content/folder-outline.js');
  for (const group of groups) {
    for (const index of group.indexes) {
      const text = await peekDeckText(index);
      const plain = text === undefined ? undefined : folderOutline(text, index, group.files);
      // A topic's introduction that ends in its table of contents: the build prints its prose as the deck's introduction.
      const outline = plain ?? (text === undefined ? undefined : folderIntroduction(text, index, group.files)?.outline);
      if (!outline) continue;
      const linked = outline.reduce((n, part) => n + part.files.length, 0);
      found.set(
        index,
        `the ${plain ? '' : 'introduction and '}outline of ${path.basename(path.resolve(group.folder))}/: ${linked} of its ${group.files.length} files, in ${outline.length} part${outline.length === 1 ? '' : 's'}`,
      );
      break;
    }
  }
  return found;
}
