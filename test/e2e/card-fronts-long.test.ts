import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildWith, tempDir } from '../helpers.js';
import { pdfWords, type PdfWord, type PdfWordPage } from '../pdf-words.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * A flash card's front centres its question, which suits a line or two; a scenario question of
 * seventy words printed as nine centred lines of bold, each starting somewhere else, hard to read
 * as the paragraph it is. A question of more than three lines is set flush left now; a short one
 * stays centred. cards.html marks the same fronts, so the screen sets them as the paper does.
 */
const deckFile = 'test/fixtures/long-scenarios/scenarios.md';

/** The lines of the question on a front page: its words (the bold ones above the foot), grouped by baseline. */
function questionLines(page: PdfWordPage): PdfWord[][] {
  const label = page.words.find((w) => /^Q\d+$/.test(w.text))!;
  const foot = page.words.find((w) => w.text === 'Incident' && w.yMin > label.yMax + 20)!;
  const words = page.words.filter((w) => w.yMin > label.yMax + 2 && w.yMax < foot.yMin - 2);
  const tops = [...new Set(words.map((w) => Math.round(w.yMax)))].sort((a, b) => a - b);
  return tops.map((top) => words.filter((w) => Math.round(w.yMax) === top).sort((a, b) => a.xMin - b.xMin));
}

describe('flash card fronts', () => {
  let fronts: PdfWord[][][] = [];
  let width = 0;
  let html = '';
  beforeAll(async () => {
    const outDir = await tempDir('card-fronts-');
    const { result } = await buildWith({ paths: [deckFile], outDir, outputs: ['cards'], cardFaces: 'flash' });
    expect(result.failed).toEqual([]);
    const pages = pdfWords(path.join(outDir, 'scenarios', 'cards.pdf'));
    width = pages[0].width;
    html = readFileSync(path.join(outDir, 'scenarios', 'cards.html'), 'utf8');
    // One card a page, each front before its back.
    fronts = pages.filter((_, i) => i % 2 === 0).map(questionLines);
  }, 120_000);

  it('set a question of many lines flush left', () => {
    const lines = fronts[0];
    expect(lines.length).toBeGreaterThan(3);
    const starts = lines.map((l) => l[0].xMin);
    expect(Math.max(...starts) - Math.min(...starts), starts.map((x) => x.toFixed(1)).join(' ')).toBeLessThan(1);
  });

  it('set the same fronts flush left in cards.html, the screen as the paper', () => {
    const fronts = [...html.matchAll(/<article class="card card-front[^"]*"/g)].map((m) => m[0]);
    expect(fronts).toHaveLength(2);
    expect(fronts.map((f) => f.includes('card-long-front'))).toEqual([true, false]);
    // The long one's scenario set in the regular weight too (test/e2e/long-question-weight.test.ts reads the PDF).
    expect(fronts.map((f) => f.includes('card-split-front'))).toEqual([true, false]);
  });

  it('keep a short question centred', () => {
    const lines = fronts[1];
    expect(lines.length).toBeLessThanOrEqual(2);
    const [first] = lines;
    const middle = (first[0].xMin + first[first.length - 1].xMax) / 2;
    expect(Math.abs(middle - width / 2)).toBeLessThan(3);
  });
});
