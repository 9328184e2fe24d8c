import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Root } from 'mdast';
import type { BuildOptions } from '../build.js';
import { optionsForDeck } from '../config.js';
import { decodeDeckText, findDeckFiles, slugFromFile } from '../content/load-deck.js';
import { parseDeck } from '../content/parse-deck.js';
import { parseMarkdown } from '../content/markdown.js';
import { allQuestions, type Deck } from '../content/model.js';
import { StudyguideError } from '../errors.js';
import { findLongCards } from './card-length.js';
import { findDuplicates } from './duplicates.js';
import { sortFindings, type Finding } from './finding.js';
import { checkFrontMatterKeys } from './front-matter-keys.js';
import { checkLinks, headingAnchors } from './links.js';
import { checkMetaLines } from './meta-lines.js';

/** What `check` needs from the options: the card size (for length estimates) and label/filter keys. */
export type CheckOptions = Pick<BuildOptions, 'cardSize' | 'flagKeys'> & Partial<BuildOptions>;

/** Every finding of one deck file, without a browser. */
export async function checkDeck(file: string, opts: CheckOptions): Promise<Finding[]> {
  const findings: Finding[] = [];
  const fail = (err: unknown) => {
    if (!(err instanceof StudyguideError)) throw err;
    findings.push({ file: err.file ?? file, line: err.line ?? 1, level: 'error', code: 'invalid-deck', message: `${err.message}${err.hint ? ` — ${err.hint}` : ''}` });
  };
  let text: string;
  try {
    text = decodeDeckText(await readFile(file), file);
  } catch (err) {
    fail(err);
    return findings;
  }
  let tree: Root;
  try {
    tree = parseMarkdown(text);
  } catch {
    fail(new StudyguideError('deck is nested too deeply to read', { file, line: 1, hint: 'flatten deeply nested lists or quotes' }));
    return findings;
  }
  findings.push(...checkMetaLines(file, tree), ...checkFrontMatterKeys(file, tree, text));

  // Lines already reported as errors are blanked before the full parse, so one bad meta line
  // does not hide the rest of the deck's findings (the build stops at the first error).
  const errorLines = new Set(findings.filter((f) => f.level === 'error').map((f) => f.line));
  const parsable = text.split('\n').map((l, i) => (errorLines.has(i + 1) ? '' : l)).join('\n');
  let deck: Deck | undefined;
  try {
    deck = parseDeck(parsable, { file, slug: slugFromFile(file), baseDir: path.dirname(path.resolve(file)), layout: opts.layout, layoutForced: opts.flagKeys?.includes('layout') });
  } catch (err) {
    // The meta-line scan already reported this line's mistakes, one per entry.
    const dup = err instanceof StudyguideError && findings.some((f) => f.level === 'error' && f.line === err.line);
    if (!dup) fail(err);
  }
  const ids = deck ? [...deck.sections.flatMap((s) => [s.id, ...s.questions.map((q) => q.id)]), 'outro'] : [];
  findings.push(...checkLinks(file, tree, headingAnchors(tree, ids)));
  if (!deck) return findings;

  // A missing image is already a `missing-file` or `empty-link` error at its line.
  const linkLines = new Set(findings.filter((f) => f.code === 'missing-file' || f.code === 'empty-link').map((f) => f.line));
  for (const d of deck.diagnostics) if (!(d.code === 'image-blocked' && linkLines.has(d.line))) findings.push({ file: d.file, line: d.line, level: d.severity, code: d.code, message: d.message });
  const questions = allQuestions(deck);
  findings.push(...findDuplicates(file, questions));
  try {
    const deckOpts = optionsForDeck(opts as BuildOptions, deck, text);
    findings.push(...findLongCards(file, questions, deckOpts.cardSize));
  } catch (err) {
    fail(err);
  }
  return findings;
}

/** The result of checking a set of decks. */
export interface CheckResult {
  files: string[];
  findings: Finding[];
  errors: number;
  warnings: number;
}

/** Checks every deck under the paths; findings sorted by file and line. */
export async function checkDecks(paths: string[], opts: CheckOptions): Promise<CheckResult> {
  const files = await findDeckFiles(paths);
  const findings: Finding[] = [];
  for (const file of files) findings.push(...(await checkDeck(file, opts)));
  const sorted = sortFindings(findings.map((f) => ({ ...f, file: path.normalize(f.file) })));
  return { files, findings: sorted, errors: sorted.filter((f) => f.level === 'error').length, warnings: sorted.filter((f) => f.level === 'warning').length };
}
