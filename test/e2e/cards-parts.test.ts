import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateDeck } from '../../bench/generate-deck.mjs';
import { build } from '../../src/build.js';
import { defaultOptions } from '../../src/model/option-schema.js';
import { sheetRanges } from '../../src/print/print-parts.js';
import type { Diagnostic } from '../../src/model/deck.js';
import { CountingSession } from '../counting-session.js';
import { pdfPages, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

/**
 * A large deck's cards print in parts (print/print-parts.ts) at one size for the whole deck, the
 * smallest any part needs. Each part used to print at its own size and again at the deck's when
 * that was smaller: most parts of a large deck printed twice.
 */
describe('cards printed in parts', () => {
  const count = 120;
  // Parts of 10 questions: cards one a page, in parts of 20 sheets.
  const printPart = 10;
  let out = '';
  const warnings: Diagnostic[] = [];
  const session = new CountingSession({ browserWSEndpoint: inject('wsEndpoint') });
  afterAll(() => session.dispose());
  beforeAll(async () => {
    out = await tempDir();
    const deckFile = path.join(out, 'big.md');
    await writeFile(deckFile, generateDeck(count));
    const result = await build(
      { ...defaultOptions(), paths: [deckFile], outDir: out, outputs: ['cards'], printPart },
      (e) => void (e.type === 'warning' && warnings.push(e.diagnostic)),
      { session },
    );
    expect(result.failed).toEqual([]);
  });

  it('prints each part once', () => {
    const parts = sheetRanges(count, printPart * 2).length;
    expect(parts).toBeGreaterThan(2);
    expect(session.prints).toHaveLength(parts);
  });

  it('has every card once, in order, at one size for the deck', () => {
    const cards = pdfPages(path.join(out, 'big', 'cards.pdf'));
    expect(cards).toHaveLength(count);
    cards.forEach((text, i) => expect(text).toContain(`Q${i + 1}`));
    // A card set under the deck's size names the deck's size: one size for every part.
    const deckSizes = new Set(warnings.filter((w) => w.code === 'card-smaller').map((w) => /under the deck's ([\d.]+) pt/.exec(w.message)?.[1]));
    expect(deckSizes.size).toBeLessThanOrEqual(1);
  });
});
