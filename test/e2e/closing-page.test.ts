import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GUIDE_PAGES } from '../../src/render/guide-page-sizes.js';
import { buildWith, pdfPages, squash, tempDir } from '../helpers.js';
import { pageFill } from '../pdf-page-fill.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * A soft-skills bank on A4 ending with a section of no questions (a cheat-sheet table) and closing
 * notes (one link): the table ran on at the foot of page 3, 99 % full, and the closing notes, too
 * tall for what was left, printed alone on page 4, 11 % full. The table now opens that page with
 * them, page 3 left more than half full; the guide keeps its four pages.
 */
const deckFile = 'test/fixtures/closing-page/soft-skills.md';

describe('closing notes too tall for the page before', () => {
  let pages: string[] = [];
  let fill: number[] = [];
  beforeAll(async () => {
    const outDir = await tempDir('closing-page-');
    const { result } = await buildWith({ paths: [deckFile], outDir, outputs: ['guide'], paper: 'a4' });
    expect(result.failed).toEqual([]);
    const file = path.join(outDir, 'soft-skills', 'guide.pdf');
    pages = pdfPages(file).map(squash);
    fill = pageFill(file, GUIDE_PAGES.a4.margins);
  }, 120_000);

  it('share the last page with the section of no questions before them, in order', () => {
    expect(pages).toHaveLength(4);
    const last = pages[3];
    const [table, next] = [last.indexOf('Cheat sheet Question Key points'), last.indexOf('Next Technical interviews')];
    expect(table, 'the cheat sheet opens the last page').toBeGreaterThan(-1);
    expect(next, 'the closing notes follow it').toBeGreaterThan(table);
    expect(pages[2]).not.toContain('Key points');
  });

  it('fill the last page more than a quarter, the one before more than half', () => {
    expect(Math.round(fill[3] * 100), 'the last page').toBeGreaterThan(25);
    expect(Math.round(fill[2] * 100), 'the page before').toBeGreaterThan(50);
  });
});
