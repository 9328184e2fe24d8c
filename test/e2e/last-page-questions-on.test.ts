import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { GUIDE_PAGES } from '../../src/render/guide-page-sizes.js';
import { buildWith, pdfPages, squash, tempDir } from '../helpers.js';
import { pageFill } from '../pdf-page-fill.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * The Go bank of last-page-pull.test.ts on Letter: its last question (a quarter of the page) is
 * far too tall for the room under the page before, and standing that page's questions closer
 * gains a third of what it lacks. It ended the guide alone on a last page 28 % full. The question
 * before it now goes over with it: the last page reads as a page (over a third), the page before
 * stays well over half full, and the guide keeps its four pages.
 */
const deckFile = 'test/fixtures/last-page-pull/go-basics.md';

let file = '';
beforeAll(async () => {
  const outDir = await tempDir('send-on-');
  const { result } = await buildWith({ paths: [deckFile], outDir, outputs: ['guide'], paper: 'letter' });
  expect(result.failed).toEqual([]);
  file = path.join(outDir, 'go-basics', 'guide.pdf');
}, 120_000);

describe('a last question alone on a thin last page, too tall to go back up', () => {
  it('takes the question before it along, in order, the page count kept', () => {
    const pages = pdfPages(file).map(squash);
    expect(pages).toHaveLength(4);
    const last = pages[3];
    const q9 = last.indexOf('Q9 How do you build a pool of workers in Go?');
    expect(q9).toBeGreaterThan(-1);
    expect(last.indexOf('Q10 What are type parameters in Go for?')).toBeGreaterThan(q9);
    expect(pages[2]).toContain('Q8 ');
    expect(pages[2]).not.toContain('Q9 ');
  });

  it('leaves no page under a third full, the page before over half', () => {
    const { top, bottom } = GUIDE_PAGES.letter.margins;
    const fill = pageFill(file, { top, bottom });
    expect(fill[3]).toBeGreaterThan(1 / 3);
    expect(fill[2]).toBeGreaterThan(0.5);
    expect(fill[1]).toBeGreaterThan(0.9);
  });
});
