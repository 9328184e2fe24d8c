import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildDeckText } from '../helpers.js';
import { greyPage, ruledRows } from '../pdf-grey-page.js';
import { pdfPages } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

/**
 * An answer opening with a display formula: the "In short" box's margin stood in for the formula's
 * own (they collapse), so the formula's brackets and sums came up to 1.5 mm under the box's rule,
 * where a paragraph's capitals stand 2.4 mm under it (the statistics deck's bias–variance question).
 * Read from the printed page, in ink: the gap under the box is as wide over a formula as over text.
 */
const DECK = [
  '# Spacing Under Boxes',
  '',
  'Two answers, one opening with text and one with a formula.',
  '',
  '## Errors',
  '',
  '### What is the mean squared error?',
  '',
  '> The average of the squared differences between estimates and the truth.',
  '',
  'For an estimator it splits into a squared bias and a variance, as the next question shows.',
  '',
  '### How does the expected squared error split?',
  '',
  '> Into the squared bias, the variance and the noise.',
  '',
  '$$',
  '\\mathbb{E}\\big[(y - \\hat f(x))^2\\big] = \\big(\\mathbb{E}[\\hat f(x)] - f(x)\\big)^2 + \\operatorname{Var}\\big(\\hat f(x)\\big) + \\sigma^2',
  '$$',
  '',
  'Flexible models cut the bias and raise the variance.',
  '',
].join('\n');

const DPI = 150;

describe('a display formula opening an answer', () => {
  let file = '';
  beforeAll(async () => {
    file = path.join(await buildDeckText('boxes', DECK, ['guide']), 'guide.pdf');
  }, 120_000);

  it('stands as far under the "In short" box as a paragraph does', () => {
    const index = pdfPages(file).findIndex((p) => p.includes('Flexible models cut'));
    const page = greyPage(file, index + 1, DPI);
    // Inside the text block on either hand of a page (60–150 mm from the left edge).
    const [left, right] = [60, 150].map((mm) => Math.round((mm / 25.4) * DPI));
    // The last four rules: each box's top and foot.
    // A rule inks the whole span; a line of text, however dense, leaves gaps between its letters.
    const rules = ruledRows(page, { from: 0, to: page.height, left, right }, 0.97).slice(-4);
    expect(rules).toHaveLength(4);
    const gapUnder = (rule: number) => {
      let y = rule + 1;
      while (y < page.height && Array.from({ length: right - left }, (_, i) => page.at(left + i, y)).every((v) => v >= 200)) y++;
      return y - rule - 1;
    };
    const [text, formula] = [gapUnder(rules[1]), gapUnder(rules[3])];
    expect(text).toBeGreaterThan(5);
    expect(formula, `under the box: text ${text} px, formula ${formula} px`).toBeGreaterThanOrEqual(text - 1);
  });
});
