import path from 'node:path';
import type { Root } from 'mdast';
import type { BuildOptions } from '../model/build-options.js';
import { optionsForDeck } from '../config.js';
import { decodeDeckText, findDeckFiles, readDeckBytes, slugFromFile } from '../content/load-deck.js';
import { parseDeck } from '../content/parse-deck.js';
import { parseMarkdown } from '../content/markdown.js';
import { checkNesting } from '../content/check-nesting.js';
import { checkDeckLimits, checkLineCount } from '../content/deck-limits.js';
import { allQuestions, type Deck } from '../model/deck.js';
import { StudyguideError } from '../errors.js';
import { readingSummary } from '../content/layouts/summary.js';
import { findLongCards } from './card-length.js';
import { deckFindings } from './deck-findings.js';
import { sortFindings, type Finding } from './finding.js';
import { checkMetaLines } from './meta-lines.js';
import { findSharedIds, type NoteIdIndex } from './shared-ids.js';

/** What `check` needs from the options: the card size (for length estimates) and label/filter keys. */
export type CheckOptions = Pick<BuildOptions, 'cardSize' | 'flagKeys'> & Partial<BuildOptions>;

/** Every finding of one deck file, without a browser. */
export async function checkDeck(file: string, opts: CheckOptions, noteIds: NoteIdIndex = new Map()): Promise<Finding[]> {
  return (await checkDeckFile(file, opts, noteIds)).findings;
}

/** One deck file checked: its findings and, when it parsed, what reading it found (the summary line). */
async function checkDeckFile(file: string, opts: CheckOptions, noteIds: NoteIdIndex): Promise<{ findings: Finding[]; read?: string }> {
  const findings: Finding[] = [];
  const done = (deck?: Deck) => ({ findings, read: deck?.reading ? readingSummary(deck.reading) : undefined });
  const fail = (err: unknown) => {
    if (!(err instanceof StudyguideError)) throw err;
    findings.push({
      file: err.file ?? file,
      line: err.line ?? 1,
      level: 'error',
      code: 'invalid-deck',
      message: `${err.message}${err.hint ? ` — ${err.hint}` : ''}`,
    });
  };
  let text: string;
  try {
    text = decodeDeckText(await readDeckBytes(file), file);
  } catch (err) {
    fail(err);
    return done();
  }
  let tree: Root;
  try {
    // As the build does: absurd length and nesting are refused before the parser spends minutes on them.
    checkLineCount(text, file);
    checkNesting(text, file);
  } catch (err) {
    fail(err);
    return done();
  }
  try {
    tree = parseMarkdown(text);
  } catch {
    fail(new StudyguideError('deck is nested too deeply to read', { file, line: 1, hint: 'flatten deeply nested lists or quotes' }));
    return done();
  }
  // Lines with meta-line errors (all reported by deckFindings below) are blanked before the full
  // parse, so one bad meta line does not hide the rest of the deck's findings (the build stops
  // at the first error).
  const errorLines = new Set(
    checkMetaLines(file, tree)
      .filter((f) => f.level === 'error')
      .map((f) => f.line),
  );
  const parsable = text
    .split('\n')
    .map((l, i) => (errorLines.has(i + 1) ? '' : l))
    .join('\n');
  let deck: Deck | undefined;
  try {
    deck = parseDeck(parsable, {
      file,
      slug: slugFromFile(file),
      baseDir: path.dirname(path.resolve(file)),
      layout: opts.layout,
      layoutForced: opts.flagKeys?.includes('layout'),
    });
  } catch (err) {
    // The meta-line scan already reported this line's mistakes, one per entry.
    const dup = err instanceof StudyguideError && err.line !== undefined && errorLines.has(err.line);
    if (!dup) fail(err);
  }
  // The same findings the build reports, at the same severity (deck-findings.ts).
  findings.push(...deckFindings(file, text, tree, deck));
  if (!deck) return done();
  const questions = allQuestions(deck);
  findings.push(...findSharedIds(file, questions, noteIds));
  try {
    const deckOpts = optionsForDeck(opts as BuildOptions, deck, text);
    checkDeckLimits(deck, deckOpts.maxQuestions);
    findings.push(...findLongCards(file, questions, deckOpts.cardSize));
  } catch (err) {
    fail(err);
  }
  return done(deck);
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
  for (const file of files) {
    const checked = await checkDeckFile(file, opts, noteIds);
    findings.push(...checked.findings);
    if (checked.read) decks.push({ file: path.normalize(file), read: checked.read });
  }
  const sorted = sortFindings(findings.map((f) => ({ ...f, file: path.normalize(f.file) })));
  return {
    files,
    decks,
    findings: sorted,
    errors: sorted.filter((f) => f.level === 'error').length,
    warnings: sorted.filter((f) => f.level === 'warning').length,
  };
}
