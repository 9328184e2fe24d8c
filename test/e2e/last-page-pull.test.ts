import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { GUIDE_PAGES } from '../../src/render/guide-page-sizes.js';
import { buildWith, pdfPages, squash, tempDir } from '../helpers.js';
import { pageFill } from '../pdf-page-fill.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * A Go bank of ten questions, shaped as an imported one: its last question ("In short", an
 * "Example:" over code, an "Explanation:" over a quote) was a quarter of an A4 page, 47 px taller
 * than the room under the page before. Standing that page's questions 0.6em apart gained 29 px only
 * (a paragraph's 1em bottom margin masked the cut), so the guide ended on a fourth page 74 % blank.
 * The cut now takes effect, and the lead-ins are drawn to what they announce: three pages.
 */
const deckFile = 'test/fixtures/last-page-pull/go-basics.md';

let file = '';
beforeAll(async () => {
  const outDir = await tempDir('pull-');
  const { result } = await buildWith({ paths: [deckFile], outDir, outputs: ['guide'] });
  expect(result.failed).toEqual([]);
  file = path.join(outDir, 'go-basics', 'guide.pdf');
}, 120_000);

describe('a last question a little too tall for the page before', () => {
  it('goes back up to it, after the question before, instead of ending the guide alone', () => {
    const pages = pdfPages(file).map(squash);
    expect(pages).toHaveLength(3);
    const last = pages[2];
    expect(last.indexOf('Q9 How do you build a pool of workers in Go?')).toBeGreaterThan(-1);
    expect(last.indexOf('Q10 What are type parameters in Go for?')).toBeGreaterThan(last.indexOf('Q9 How do you build'));
    // Its whole answer came along, in order: the code under "Example:", the quote under "Explanation:".
    expect(last).toMatch(/Example: func First\[T any\]\(xs \[\]T\) T \{.*\} Explanation: First works for a slice of any type\./);
  });

  it('keeps the page it went to within its text block', () => {
    const { top, bottom } = GUIDE_PAGES.a4.margins;
    const fill = pageFill(file, { top, bottom });
    expect(fill[2]).toBeGreaterThan(0.9);
    expect(fill[2]).toBeLessThanOrEqual(1);
  });
});
