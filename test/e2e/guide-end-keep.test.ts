import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GUIDE_PAGES } from '../../src/render/guide-page-sizes.js';
import { buildWith, pdfPages, squash, tempDir } from '../helpers.js';
import { inkFill, pageFill } from '../pdf-page-fill.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

/**
 * A Letter guide whose last chapter runs on under the one before, its first question ending on a
 * diagram at that page's foot: the last question went alone to the last page (22 % full). Kept
 * with the end of the question before, it took nothing along: the print breaks where the
 * chapter's page name changes, which no `avoid` moves. The chapters planned again on the keep,
 * the diagram now goes over with the last question, under the chapter's own running head.
 */
describe("a guide's last question alone on a thin page after a diagram", () => {
  let file = '';
  let pages: string[] = [];
  let fill: number[] = [];
  beforeAll(async () => {
    const outDir = await tempDir('guide-end-keep-');
    const { result } = await buildWith({ paths: ['test/fixtures/guide-end-keep/systems.md'], outDir, outputs: ['guide'], paper: 'letter' });
    expect(result.failed).toEqual([]);
    file = path.join(outDir, 'systems', 'guide.pdf');
    pages = pdfPages(file).map(squash);
    fill = pageFill(file, GUIDE_PAGES.letter.margins);
  }, 120_000);

  it('takes the diagram along, the last page over a third full, the page count kept', () => {
    expect(pages).toHaveLength(4);
    expect(pages[3]).toContain('How do you limit requests across many servers?');
    expect(fill[3]).toBeGreaterThan(1 / 3);
    // The diagram's labels open the last page, the text of the question it ends on stays on the page before.
    expect(pages[3]).toMatch(/^Systems Drills Design (Cache|Client)/);
    expect(pages[2]).toContain('written in base 62');
    expect(pages[2]).not.toContain('Key-value store');
    expect(inkFill(file, 3, GUIDE_PAGES.letter.margins), 'the page before stays over half full').toBeGreaterThan(0.5);
  });

  it('heads the last page with its own chapter, the page before with the chapter it opened with', () => {
    const head = (n: number) => pdfPages(file, true)[n].split('\n')[0];
    expect(head(3)).toMatch(/Design\s*$/);
    expect(head(2)).toMatch(/Networks\s*$/);
  });
});
