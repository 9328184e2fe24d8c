import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GUIDE_PAGES } from '../../src/render/guide-page-sizes.js';
import { buildWith, pdfPages, squash, tempDir } from '../helpers.js';
import { pageFill } from '../pdf-page-fill.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * An interviewer's guide on Letter: introduction and contents fill page 2 less than half, so the
 * first chapter is planned to run on under them. Nothing of it fitted there and it opened page 3:
 * the contents' last entry (the closing notes, a section with no questions under it) kept with what
 * followed the contents, and the first question, kept whole, was more than half a page, so the
 * break went before that entry, which moved over with the chapter. Before that, the plan went on
 * measuring the chapter as run on, 50 px down the next page, and headed the page the second chapter
 * opened ("CODE & CLEAN-UP" over "DEBUGGING"), the closing notes alone on a fifth page 20 % full.
 */
const deckFile = 'test/fixtures/front-run-on-measure/interviewer-notes.md';

describe('a first chapter planned to run on under the contents, whose first question is kept whole', () => {
  let file = '';
  let pages: string[] = [];
  let fill: number[] = [];
  beforeAll(async () => {
    const outDir = await tempDir('first-chapter-');
    const { result } = await buildWith({ paths: [deckFile], outDir, outputs: ['guide'], paper: 'letter' });
    expect(result.failed).toEqual([]);
    file = path.join(outDir, 'interviewer-notes', 'guide.pdf');
    pages = pdfPages(file).map(squash);
    fill = pageFill(file, GUIDE_PAGES.letter.margins);
  }, 120_000);

  it('runs on under the contents, whose last entry stays with them: page 2 is not left half blank', () => {
    // Before: page 2 was 44 % full, the first chapter opening page 3.
    expect(Math.round(fill[1] * 100), 'page 2').toBeGreaterThan(75);
    const contents = pages[1];
    const [last, chapter] = [contents.indexOf('Wrapping up'), contents.lastIndexOf('CODE & CLEAN-UP')];
    expect(last, 'the contents end on page 2').toBeGreaterThan(contents.indexOf('Contents'));
    expect(chapter, 'the first chapter opens under them').toBeGreaterThan(last);
    expect(contents).toContain('Prompt: Reading a diff');
  });

  it('heads each page with the chapter it opens with', () => {
    // Page 3 opens with the end of the first chapter, the second running on under it; the last opens with the scoring.
    const head = (i: number, first: string) => pages[i].slice(0, pages[i].indexOf(first));
    expect(head(2, 'Known flaws')).toContain('CLEAN-UP');
    expect(head(2, 'Known flaws')).not.toContain('DEBUGGING');
    expect(pages[2]).toContain('Prompt: A flaky checkout');
  });

  it('keeps its four pages, none but the cover less than a third full', () => {
    expect(pages).toHaveLength(4);
    expect(
      fill
        .slice(1)
        .map((f) => Math.round(f * 100))
        .filter((f) => f < 34),
    ).toEqual([]);
    expect(pages[3]).toContain('Wrapping up');
  });
});
