import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model/deck.js';
import type { CardSize } from '../../src/model/paper.js';
import { buildWith, pdfPages, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that):
// a thread's start loads the markdown stack again, about 1.5 s of CPU a build.
parseInPlace();

/**
 * A card answer made from a full answer was cut with "…" at about 280 characters on every card
 * size, so a 4×6 card (three business cards' face) printed as little as a business card. The
 * cut is made for the size printed: on 4×6 cards the deck's long answers keep 323 words where
 * business cards keep 218, and the cut warning names 1 card there, 3 on business cards.
 */
const deckFile = 'test/e2e/card-room/long-answers.md';

interface Printed {
  pages: string[];
  sizes: string[];
  cut: Diagnostic[];
}

async function printCards(cardSize: CardSize): Promise<Printed> {
  const outDir = await tempDir('card-room-');
  const { result, events } = await buildWith({ paths: [deckFile], outDir, outputs: ['cards'], cardSize });
  expect(result.failed).toEqual([]);
  const dir = path.join(outDir, 'long-answers');
  const html = readFileSync(path.join(dir, 'cards.html'), 'utf8');
  return {
    pages: pdfPages(path.join(dir, 'cards.pdf')),
    sizes: [...new Set(html.match(/style="font-size: [\d.]+pt/g) ?? [])],
    cut: events.flatMap((e) => (e.type === 'warning' && e.diagnostic.code === 'card-cut' ? [e.diagnostic] : [])),
  };
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

describe('a card answer made from a full answer is cut for the card size printed', () => {
  let small: Printed;
  let big: Printed;
  beforeAll(async () => {
    [small, big] = await Promise.all([printCards('business'), printCards('index-4x6')]);
  }, 120_000);

  it('keeps more of a long answer on a 4×6 card than on a business card', () => {
    // Q2 (a 370-character sentence) prints whole on 4×6, cut on a business card.
    const q2 = (p: Printed) => p.pages.find((t) => t.includes('B-tree page split'))!;
    expect(q2(small)).toContain('…');
    expect(q2(big)).not.toContain('…');
    expect(q2(big)).toContain('for one small row.');
    const total = (p: Printed) => words(p.pages.join(' '));
    expect(total(big)).toBeGreaterThan(total(small) * 1.3);
  });

  it('says cut only the cards cut on the size printed', () => {
    expect(small.cut).toHaveLength(1);
    expect(small.cut[0].message).toContain('3 card answers');
    expect(small.cut[0].message).toContain('business cards');
    expect(big.cut).toHaveLength(1);
    expect(big.cut[0].message).toMatch(/^a card answer made from its full answer is cut with "…" to fit index-4x6 cards/);
    expect(big.cut[0].line).toBe(5);
  });

  it('still prints every answer of a deck in one type size', () => {
    expect(small.sizes).toHaveLength(1);
    expect(big.sizes).toHaveLength(1);
    // …and the longer answers leave 4×6 type well above a business card's.
    const pt = (p: Printed) => Number(p.sizes[0].match(/[\d.]+/)![0]);
    expect(pt(big)).toBeGreaterThan(pt(small) * 1.4);
  });
});
