import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, pdfInfo, pdfPages, tempDir } from '../helpers.js';
import { pdfWords, type PdfWord } from '../pdf-words.js';
import { pageFill } from '../pdf-page-fill.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * A short deck's one-column sheet (four or nine questions) was spread: entries 2.25 em apart and
 * still only half the page filled, a list of slogans floating down to nowhere. It is set as a
 * composed block now, its entries close as in a list, the white left at the foot of the page.
 */
const DECKS = ['short-four', 'nine-russian'];

interface Sheet {
  pt: number;
  /** The page's text, its spaces squashed. */
  text: string;
  fill: number;
  labels: PdfWord[];
  /** Gap between one entry's last line and the next entry's label, in ems, within a section. */
  gaps: number[];
}

const sheets = new Map<string, Sheet>();
beforeAll(async () => {
  const outDir = await tempDir('short-sheet-');
  const paths = DECKS.map((d) => `test/fixtures/sheet-finish/${d}.md`);
  const { result } = await buildWith({ paths, outDir, outputs: ['cheatsheet'] });
  expect(result.failed).toEqual([]);
  for (const deck of DECKS) {
    const file = path.join(outDir, deck, 'cheatsheet.pdf');
    const pt = Number(/at ([\d.]+) pt/.exec(pdfInfo(file).Subject ?? '')?.[1]);
    const pages = pdfWords(file);
    expect(pages, deck).toHaveLength(1);
    const words = pages[0].words;
    // "Q1" in English, "№ 1" in Russian (its number a word of its own or not, as pdftotext splits it).
    const labels = words.filter((w) => /^(Q\d+|№.*)$/.test(w.text));
    const gaps: number[] = [];
    for (let i = 1; i < labels.length; i++) {
      const before = words.filter((w) => w.yMax < labels[i].yMin && w.yMin > labels[i - 1].yMin);
      const last = Math.max(...before.map((w) => w.yMax));
      gaps.push((labels[i].yMin - last) / pt);
    }
    sheets.set(deck, { pt, text: pdfPages(file)[0].replace(/\s+/g, ' '), fill: pageFill(file, { top: 9, bottom: 10 })[0], labels, gaps });
  }
}, 180_000);

describe('the one-column sheet of a short deck', () => {
  it.each(DECKS)('%s: keeps every entry, in one column', (deck) => {
    const s = sheets.get(deck)!;
    expect(s.labels).toHaveLength(deck === 'short-four' ? 4 : 9);
    expect(new Set(s.labels.map((w) => Math.round(w.xMin))).size).toBe(1);
  });

  it.each(DECKS)('%s: sets its entries close, a list, not spread apart', (deck) => {
    const s = sheets.get(deck)!;
    // Within a section: a section's heading stands in the gap before its first entry.
    const within = deck === 'short-four' ? s.gaps : s.gaps.filter((_, i) => i !== 3);
    // Was 2.25 em apart (margins) and about 2.5 em ink to ink; now about 1.5 em ink to ink, all alike.
    expect(Math.max(...within), `${deck}: gaps ${within.map((g) => g.toFixed(2)).join(', ')} em`).toBeLessThanOrEqual(1.8);
    expect(Math.max(...within) - Math.min(...within)).toBeLessThan(1 / s.pt);
  });

  it.each(DECKS)('%s: leaves the white at the foot, the block gathered under its title', (deck) => {
    const s = sheets.get(deck)!;
    // Spread, the four ended 37 % down the page and the nine 69 %; gathered, 33 % and 57 %; the four grown to 12.5 pt, 38 %.
    expect(s.fill, deck).toBeLessThan(deck === 'short-four' ? 0.42 : 0.6);
  });

  it.each(DECKS)('%s: prints no page number on its one A4 page', (deck) => {
    // Was "page 1 of 1" ("с. 1 из 1") in the foot corner: a lone sheet needs no folio.
    expect(sheets.get(deck)!.text).not.toMatch(/\b1 (?:of|из) 1\b/);
  });

  it("grows the four questions' type above the body size, and keeps the nine at it", () => {
    // Both were 11 pt: four questions in the top third of the page, in the type of a full sheet.
    expect(sheets.get('short-four')!.pt).toBe(12.5);
    expect(sheets.get('nine-russian')!.pt).toBe(11);
  });
});
