import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, pdfPages, tempDir } from '../helpers.js';
import { pdfToolOutput } from '../pdf-tool-output.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/** Lines of a PDF's text (pdftotext's reading) that open with punctuation a formula was written against. */
const linesOpeningWithStops = (file: string): string[] =>
  pdfPages(file)
    .flatMap((page) => page.split('\n'))
    .filter((line) => /^\s*[:;,.)!?]/.test(line));

/** Sizes in points at which a PDF prints a letter in a font whose name holds `font` (mutool trace). */
function letterSizes(file: string, letter: string, font: string): number[] {
  const sizes: number[] = [];
  let scale = 1;
  let size = 0;
  let inFont = false;
  for (const line of pdfToolOutput('mutool', ['trace'], file).split('\n')) {
    const text = /<fill_text .*?transform="([-\d.]+) ([-\d.]+) /.exec(line);
    if (text) scale = Math.hypot(Number(text[1]), Number(text[2]));
    const span = /<span font="([^"]+)".*?trm="([-\d.]+) ([-\d.]+) /.exec(line);
    if (span) [inFont, size] = [span[1].includes(font), Math.hypot(Number(span[2]), Number(span[3])) * scale];
    if (inFont && line.includes(`<g unicode="${letter}"`)) sizes.push(Math.round(size * 100) / 100);
  }
  return sizes;
}

/**
 * Answers that set many short formulas with punctuation tight after them ("the variance $s^2$:",
 * "($t_1$, $t_2$)"), and a table whose middle column is formulas. Chromium allowed a line to end
 * between a formula and its comma or colon: a card read ": update a prior" at the start of a line,
 * the guide ", the quantile".
 */
describe('formulas in the text and in table cells', () => {
  let dir = '';
  beforeAll(async () => {
    const outDir = await tempDir();
    const { result } = await buildWith({ paths: ['test/fixtures/math-setting/deck.md'], outDir, outputs: ['guide', 'cards'], booklet: true });
    expect(result.failed).toEqual([]);
    dir = path.join(outDir, 'deck');
  });

  it('never part from the punctuation after them at a line end, in the guide, its booklet and the cards', () => {
    for (const name of ['guide.pdf', 'guide-booklet.pdf', 'cards.pdf']) expect(linesOpeningWithStops(path.join(dir, name)), name).toEqual([]);
  });

  it('still lets a long formula break inside, where KaTeX allows', () => {
    const lines = pdfPages(path.join(dir, 'guide.pdf')).flatMap((page) => page.split('\n'));
    // The model's eighteen terms, tied to their full stop, run over lines, the stop after the last.
    const first = lines.findIndex((line) => /full model is y = w1/.test(line));
    const last = lines.findIndex((line) => /w18\s*x18/.test(line));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(last).toBeGreaterThan(first);
    expect(lines[last]).toMatch(/w18\s*x18\s*\+\s*ε\.$/);
  });

  // A column of fractions ($\frac{TP}{TP+FP}$ alone in its cell) was set in text style: its terms
  // printed at 7 pt in a 9 pt table, beside 11 pt for the same letters in the text.
  it('sets a formula that is all its table cell holds at full size, fractions included', () => {
    const sizes = letterSizes(path.join(dir, 'guide.pdf'), 'T', 'KaTeX_Math-Italic');
    expect(sizes.length, 'T in the two fractions, the box and the text').toBe(6);
    const inText = Math.max(...sizes);
    expect(Math.min(...sizes) / inText).toBeGreaterThan(0.85);
  });
});
