import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, pdfInfo, tempDir } from '../helpers.js';
import { pdfWords, type PdfWord } from '../pdf-words.js';
import { pageFill } from '../pdf-page-fill.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * Nine questions of one- to three-line answers, in three sections: at the body size (11 pt) their
 * one column was spread part way down the page, its entries 1.9 em apart ink to ink and the page
 * still a fifth blank, neither a list nor a filled page. Its type grows instead (12.5 pt), the
 * entries a list as on the shorter sheets, and the text, not the gaps, reaches down the page.
 */
const deckFile = 'test/fixtures/cheatsheet-small-deck/houseplants-nine.md';

let pt = 0;
let fill = 0;
let labels: PdfWord[] = [];
let gaps: number[] = [];
beforeAll(async () => {
  const outDir = await tempDir('nine-grown-');
  const { result } = await buildWith({ paths: [deckFile], outDir, outputs: ['cheatsheet'] });
  expect(result.failed).toEqual([]);
  const file = path.join(outDir, 'houseplants-nine', 'cheatsheet.pdf');
  pt = Number(/at ([\d.]+) pt/.exec(pdfInfo(file).Subject ?? '')?.[1]);
  const pages = pdfWords(file);
  expect(pages).toHaveLength(1);
  const words = pages[0].words;
  labels = words.filter((w) => /^Q\d+$/.test(w.text));
  // From one entry's last line to the next entry's label, in ems, within a section (Q4 and Q7 open one).
  gaps = labels.flatMap((label, i) => {
    if (i === 0 || i === 3 || i === 6) return [];
    const last = Math.max(...words.filter((w) => w.yMax < label.yMin && w.yMin > labels[i - 1].yMin).map((w) => w.yMax));
    return [(label.yMin - last) / pt];
  });
  fill = pageFill(file, { top: 9, bottom: 10 })[0];
}, 120_000);

describe('the one-column sheet of nine questions', () => {
  it('keeps every entry in one column', () => {
    expect(labels).toHaveLength(9);
    expect(new Set(labels.map((w) => Math.round(w.xMin))).size).toBe(1);
  });

  it('sets its entries as a list, in type larger than the body size, reaching down the page', () => {
    expect(Math.max(...gaps), `gaps ${gaps.map((g) => g.toFixed(2)).join(', ')} em`).toBeLessThanOrEqual(1.8);
    expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThan(1 / pt);
    expect(pt).toBeGreaterThan(11);
    expect(pt).toBeLessThanOrEqual(12.5);
    expect(fill).toBeGreaterThan(0.7);
    expect(fill).toBeLessThan(0.9);
  });
});
