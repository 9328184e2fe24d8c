import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GUIDE_PAGES } from '../../src/render/guide-page-sizes.js';
import { buildWith, pdfPages, squash, tempDir } from '../helpers.js';
import { pageFill } from '../pdf-page-fill.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

/**
 * A statistics deck and a storage deck combined on A4, each a part opening a page: Part 1's last
 * question (F9) went alone to page 6, 27 % full, under three pages nearly full of kept boxes and
 * formulas, which the tail's steps cannot draw together enough to take it back. It now keeps with
 * the end of the question before (F8's answer goes over with it): the part ends on a page more than
 * a third full, the page before still well filled, the page count and Part 2's page kept.
 */
describe("a part's last question alone on a thin page", () => {
  let file = '';
  let pages: string[] = [];
  let fill: number[] = [];
  beforeAll(async () => {
    const outDir = await tempDir('part-end-keep-');
    const decks = ['test/fixtures/part-end-keep/analyse.md', 'test/fixtures/part-end-keep/beta.md'];
    const { result } = await buildWith({ paths: decks, outDir, outputs: ['guide'], paper: 'a4', combine: true });
    expect(result.failed).toEqual([]);
    file = path.join(outDir, 'all', 'guide.pdf');
    pages = pdfPages(file).map(squash);
    fill = pageFill(file, GUIDE_PAGES.a4.margins);
  }, 120_000);

  it('takes the end of the question before along, the part ending on a page over a third full', () => {
    expect(pages).toHaveLength(7);
    const end = pages.findIndex((p, i) => i > 1 && p.includes('Wie gehen Sie mit fehlenden Werten um?')) + 1;
    expect(end, 'the page Part 1 ends on').toBe(6);
    expect(fill[end - 1]).toBeGreaterThan(1 / 3);
    expect(fill[end - 2], 'the page before stays well filled').toBeGreaterThan(0.6);
    // F8's answer opens the page, its question and "In short" box on the page before.
    expect(pages[end - 1]).toMatch(/^.{0,80}Ein klassisches Beispiel/);
    expect(pages[end - 2]).toContain('Was ist der Unterschied zwischen Korrelation und Kausalität?');
  });

  it('keeps Part 2 on its own page and the contents right', () => {
    expect(pages[6]).toMatch(/^PART 2 Beta Storage/);
    expect(pages[5]).not.toContain('Beta Storage');
    // The contents' lines end in their page numbers (read from the layout text).
    const listed = (label: string) => new RegExp(`${label}.*?\\s(\\d+)\\s*$`, 'm').exec(pdfPages(file, true)[1])?.[1];
    expect(listed('Wie gehen Sie mit fehlenden Werten um\\?'), "F9's contents line").toBe('6');
    expect(listed('Korrelation und Kausalität\\?'), "F8's contents line").toBe('5');
    expect(listed('Beta Storage'), "Part 2's contents line").toBe('7');
  });
});
