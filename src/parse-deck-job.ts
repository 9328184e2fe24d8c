import { loadDeckSource } from './content/load-deck.js';
import { parseMarkdown } from './content/markdown.js';
import { deckFindings } from './check/deck-findings.js';
import type { Finding } from './check/finding.js';
import type { Deck } from './model/deck.js';
import type { ParseOptions } from './content/parse-deck.js';

/** What parsing one deck gives the build: the deck, and every finding `check` would report. */
export interface ParsedDeck {
  deck: Deck;
  findings: Finding[];
}

/** The layout choice a deck is parsed with. */
export type LayoutChoice = Pick<ParseOptions, 'layout' | 'layoutForced'>;

/** Parses one deck from its bytes (plain data in, plain data out: it runs in a worker too). */
export async function parseDeckJob(file: string, bytes: Buffer, layout: LayoutChoice): Promise<ParsedDeck> {
  const source = await loadDeckSource(file, [], bytes, layout);
  return { deck: source.deck, findings: deckFindings(file, source.text, parseMarkdown(source.text), source.deck) };
}
