import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, pdfPages, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/** Lines of a PDF's text (pdftotext's reading) that open with punctuation a formula was written against. */
const linesOpeningWithStops = (file: string): string[] =>
  pdfPages(file)
    .flatMap((page) => page.split('\n'))
    .filter((line) => /^\s*[:;,.)!?]/.test(line));

/**
 * Answers that set many short formulas with punctuation tight after them ("the variance $s^2$:",
 * "($t_1$, $t_2$)"). Chromium allowed a line to end between the formula and its comma or colon: a
 * card read ": update a prior" at the start of a line, the guide ", the quantile".
 */
describe('a formula and the punctuation after it', () => {
  let dir = '';
  beforeAll(async () => {
    const outDir = await tempDir();
    const { result } = await buildWith({ paths: ['test/fixtures/math-punctuation/deck.md'], outDir, outputs: ['guide', 'cards'], booklet: true });
    expect(result.failed).toEqual([]);
    dir = path.join(outDir, 'deck');
  });

  it('never part at a line end, in the guide, its booklet and the cards', () => {
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
});
