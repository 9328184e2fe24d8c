import { deckFromBytes } from '../content/load-deck.js';
import { parseMarkdown } from '../content/markdown.js';
import { deckFindings } from '../check/deck-findings.js';
import { checkDeckSource, type CheckedSource } from '../check/check-deck-source.js';
import type { Finding } from '../check/finding.js';
import type { Deck } from '../model/deck.js';
import type { ParseOptions } from '../content/parse-deck.js';

/** What parsing one deck gives the build: the deck, and every finding `check` would report. */
export interface ParsedDeck {
  deck: Deck;
  findings: Finding[];
}

/** The layout choice a deck is parsed with. */
export type LayoutChoice = Pick<ParseOptions, 'layout' | 'layoutForced' | 'untitled'>;

/**
 * What a parse is for: the build's deck with its findings (stops at the first error), `check`'s
 * findings (goes on), or watch mode's preview: the deck alone (its findings come with the build).
 */
export type JobKind = 'parse' | 'check' | 'preview';

/** The answer of each kind of job. */
export interface JobResult {
  parse: ParsedDeck;
  check: CheckedSource;
  preview: Pick<ParsedDeck, 'deck'>;
}

/**
 * Runs one job on a deck's bytes: plain data in, plain data out (it runs in a worker too), and
 * synchronous (in place, a time limit stops it where it is).
 */
export function runDeckJob<K extends JobKind>(kind: K, file: string, bytes: Buffer, layout: LayoutChoice): JobResult[K] {
  if (kind === 'check') return checkDeckSource(file, bytes, layout) as JobResult[K];
  const source = deckFromBytes(file, bytes, [], layout);
  if (kind === 'preview') return { deck: source.deck } as JobResult[K];
  const parsed: ParsedDeck = { deck: source.deck, findings: deckFindings(file, source.text, parseMarkdown(source.text), source.deck) };
  return parsed as JobResult[K];
}
