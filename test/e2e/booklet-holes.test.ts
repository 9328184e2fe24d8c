import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';
import { bookletPages } from '../pdf-booklet-pages.js';
import { loadDeck } from '../../src/content/load-deck.js';

// Builds in this process parse their decks here, not on a thread each.
parseInPlace();

/**
 * Inside a section, a booklet page does not end with a hole its next question could have filled:
 * "In short" boxes kept with their answers moved the text, and the short question they pushed
 * over a page (the data-science deck's Q29, 43 % of an A5 page) left the page before 60 % full.
 * The booklet's pages are read from the imposed PDF, half a sheet each, in their own order. Still
 * short of two thirds: a page where a section runs on under the last and its first long short
 * question goes overleaf (66 %).
 */
const deckFile = 'test/fixtures/data-science-deck/data-science.md';
describe('the A5 booklet of a 40-question deck', () => {
  it('leaves no page inside a section less than 62 % full', async () => {
    const outDir = await tempDir('bookletholes-');
    const { result } = await buildWith({ paths: [deckFile], outDir, outputs: ['guide'], booklet: true });
    expect(result.failed).toEqual([]);
    const titles = (await loadDeck(deckFile)).sections.map((s) => s.title);
    const pages = bookletPages(path.join(outDir, 'data-science', 'guide-booklet.pdf'), titles);
    expect(pages.length).toBeGreaterThan(10);
    // The cover and contents come before the first section; the last page ends the guide. A page before one that opens a section may end short.
    const body = pages.findIndex((p) => p.opensSection);
    expect(body).toBeGreaterThan(0);
    const inside = pages.filter((p, i) => i >= body && i < pages.length - 1 && !pages[i + 1].opensSection);
    expect(inside.length).toBeGreaterThan(10);
    for (const p of inside)
      expect(
        Math.round(p.fill * 100),
        `page ${p.number} (${pages.map((q) => `${q.number}: ${Math.round(q.fill * 100)}${q.opensSection ? 'S' : ''}`).join(', ')})`,
      ).toBeGreaterThanOrEqual(62);
  }, 240_000);
});
