import path from 'node:path';
import type { Root } from 'mdast';
import { decodeDeckText, slugFromFile, withSiblingAnswers } from '../content/load-deck.js';
import { parseDeck, type ParseOptions } from '../content/parse-deck.js';
import { parseMarkdown } from '../content/markdown.js';
import { refuseCostlyMarkup } from '../content/costly-markup.js';
import { tooDeepError } from '../content/too-deep.js';
import { checkLineCount } from '../content/deck-limits.js';
import type { Deck } from '../model/deck.js';
import { StudyguideError } from '../errors.js';
import { deckFindings } from './deck-findings.js';
import { errorFinding, type Finding } from './finding.js';
import { checkMetaLines } from './meta-lines.js';

/** One deck's bytes checked on their own: its findings, and the deck and text when it parsed. */
export interface CheckedSource {
  findings: Finding[];
  deck?: Deck;
  text?: string;
}

/**
 * Every finding one deck's bytes give without looking at other decks. Synchronous and plain data
 * in and out, so it runs under the parser's time and memory limits (parse-off-thread.ts).
 */
export function checkDeckSource(file: string, bytes: Buffer, layout: Pick<ParseOptions, 'layout' | 'layoutForced'>): CheckedSource {
  const findings: Finding[] = [];
  let text: string;
  try {
    text = decodeDeckText(bytes, file);
    // As the build does: absurd length, nesting and runs of emphasis marks are refused before the parser spends minutes on them.
    checkLineCount(text, file);
    refuseCostlyMarkup(text, file);
  } catch (err) {
    return { findings: [errorFinding(err, file)] };
  }
  let tree: Root;
  try {
    tree = parseMarkdown(text);
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
    return { findings: [errorFinding(tooDeepError(text, file), file)] };
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
    deck = withSiblingAnswers(parseDeck(parsable, { file, slug: slugFromFile(file), baseDir: path.dirname(path.resolve(file)), ...layout }), file, parsable);
  } catch (caught) {
    // A stack overflow in the full parse (raw HTML nested thousands deep) is placed as the build places it.
    const err = caught instanceof RangeError ? tooDeepError(text, file) : caught;
    // The meta-line scan already reported this line's mistakes, one per entry.
    const dup = err instanceof StudyguideError && err.line !== undefined && errorLines.has(err.line);
    if (!dup) findings.push(errorFinding(err, file));
  }
  // The same findings the build reports, at the same severity (deck-findings.ts).
  findings.push(...deckFindings(file, text, tree, deck));
  return { findings, deck, text };
}
