import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { GUIDE_PAGES } from '../../src/render/guide-page-sizes.js';
import { buildWith, pdfPages, squash, tempDir } from '../helpers.js';
import { pageFill } from '../pdf-page-fill.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * Ten questions in one chapter under an introduction and contents that fill page 2 to 57 %: more
 * than half, so the chapter opened page 3, and its last two questions made a page 4 only 19 % full.
 * Run on under the contents, the guide has a page fewer, and no page so nearly blank.
 */
const deckFile = 'test/fixtures/front-run-on-pays/backend-basics.md';

let file = '';
let pages: string[] = [];
beforeAll(async () => {
  const outDir = await tempDir('front-pays-');
  const { result } = await buildWith({ paths: [deckFile], outDir, outputs: ['guide'] });
  expect(result.failed).toEqual([]);
  file = path.join(outDir, 'backend-basics', 'guide.pdf');
  pages = pdfPages(file).map(squash);
}, 120_000);

describe('a first chapter under contents more than half full', () => {
  it('runs on under them when that saves a page', () => {
    expect(pages).toHaveLength(3);
    const contents = pages[1].indexOf('Q10');
    const chapter = pages[1].lastIndexOf('Typical questions');
    expect(contents, 'the contents on page 2').toBeGreaterThan(-1);
    expect(chapter, 'the chapter opens under them').toBeGreaterThan(contents);
    expect(pages[1].indexOf('Q1 Can you describe a backend project')).toBeGreaterThan(chapter);
    expect(pages[2]).toContain('Q10 Have you worked in an agile team');
  });

  it('leaves neither page of the body mostly blank', () => {
    const fill = pageFill(file, GUIDE_PAGES.a4.margins);
    expect(fill[1]).toBeGreaterThan(0.75);
    expect(fill[2]).toBeGreaterThan(0.5);
  });
});
