import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GUIDE_PAGES } from '../../src/render/guide-page-sizes.js';
import { buildWith, pdfPages, squash, tempDir } from '../helpers.js';
import { pageFill } from '../pdf-page-fill.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * An interviewer's guide on Letter: introduction and contents fill page 2 less than half, so the
 * first chapter was planned to run on under them, but nothing of it fitted there and it opened
 * page 3, as its own page name makes it in print. The plan went on measuring it as run on, 50 px
 * down the next page, where its second question no longer fitted: the chapter seemed to end high
 * on a page, the next was run on under it under the first's name, and printed on a page of its own
 * headed by the first chapter ("CODE & CLEAN-UP" over "DEBUGGING"), the closing notes alone on a
 * fifth page 20 % full.
 */
const deckFile = 'test/fixtures/front-run-on-measure/interviewer-notes.md';

describe('a first chapter planned to run on under the contents that opens its own page', () => {
  let file = '';
  let pages: string[] = [];
  beforeAll(async () => {
    const outDir = await tempDir('first-chapter-');
    const { result } = await buildWith({ paths: [deckFile], outDir, outputs: ['guide'], paper: 'letter' });
    expect(result.failed).toEqual([]);
    file = path.join(outDir, 'interviewer-notes', 'guide.pdf');
    pages = pdfPages(file).map(squash);
  }, 120_000);

  it('heads the page the second chapter opens with that chapter', () => {
    // The last page naming it: the contents list it too.
    const at = pages.map((p) => p.includes('Prompt: A flaky checkout')).lastIndexOf(true);
    expect(at, 'the second chapter printed').toBeGreaterThan(1);
    const head = pages[at].slice(0, pages[at].indexOf('Prompt: A flaky checkout'));
    expect(head).toContain('DEBUGGING');
    expect(head).not.toContain('CLEAN-UP');
  });

  it('runs the scoring and closing notes on under it, leaving no last page mostly blank', () => {
    expect(pages).toHaveLength(4);
    const fill = pageFill(file, GUIDE_PAGES.letter.margins);
    expect(Math.round(fill[3] * 100), 'page 4').toBeGreaterThan(75);
    expect(pages[3]).toContain('Wrapping up');
  });
});
