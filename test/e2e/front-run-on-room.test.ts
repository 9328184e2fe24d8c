import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GUIDE_PAGES } from '../../src/render/guide-page-sizes.js';
import { buildWith, pdfPages, squash, tempDir } from '../helpers.js';
import { pageFill } from '../pdf-page-fill.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * A junior backend bank on Letter: its introduction and contents fill page 2 to 63 %, its one
 * chapter opened page 3 and ended on page 4, 31 % full. Running the chapter on under the contents
 * was tried only when the last page was under a quarter full, though the 37 % left under the
 * contents could take that end: run on, the guide has three pages.
 */
const deckFile = 'test/fixtures/front-run-on-room/junior-backend.md';

describe('a last page smaller than the room under the contents', () => {
  let pages: string[] = [];
  let fill: number[] = [];
  beforeAll(async () => {
    const outDir = await tempDir('front-room-');
    const { result } = await buildWith({ paths: [deckFile], outDir, outputs: ['guide'], paper: 'letter' });
    expect(result.failed).toEqual([]);
    const file = path.join(outDir, 'junior-backend', 'guide.pdf');
    pages = pdfPages(file).map(squash);
    fill = pageFill(file, GUIDE_PAGES.letter.margins);
  }, 120_000);

  it('goes: the chapter runs on under the contents, and the guide has a page fewer', () => {
    expect(pages).toHaveLength(3);
    const front = pages[1];
    expect(front.lastIndexOf('Typical questions Q1 Can you describe')).toBeGreaterThan(front.indexOf('Contents'));
    expect(pages[2]).toContain('Q11 How do you find out why a request to your service is slow?');
  });

  it('leaves both pages of the body well filled', () => {
    expect(
      fill
        .slice(1)
        .map((f) => Math.round(f * 100))
        .filter((f) => f < 75),
    ).toEqual([]);
  });
});
