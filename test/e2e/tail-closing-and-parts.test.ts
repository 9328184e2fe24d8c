import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GUIDE_PAGES } from '../../src/render/guide-page-sizes.js';
import { buildWith, pdfPages, squash, tempDir } from '../helpers.js';
import { pageFill } from '../pdf-page-fill.js';
import { parseInPlace } from '../parse-in-place.js';
import { outlineOf, readContents } from './guide-reading.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

/** A guide built on A4 from `files` (combined when more than one): its pages' text, squashed, their layout text, how full each is, and the file. */
async function guide(files: string[], slug: string): Promise<{ file: string; pages: string[]; layout: string[]; fill: number[] }> {
  const outDir = await tempDir(`${slug}-`);
  const combine = files.length > 1;
  const { result } = await buildWith({ paths: files, outDir, outputs: ['guide'], paper: 'a4', ...(combine ? { combine: true } : {}) });
  expect(result.failed).toEqual([]);
  const file = path.join(outDir, combine ? 'all' : slug, 'guide.pdf');
  return { file, pages: pdfPages(file).map(squash), layout: pdfPages(file, true), fill: pageFill(file, GUIDE_PAGES.a4.margins) };
}

/**
 * Fifteen short drills fill their pages, then a command reference of four listings (the closing
 * notes, a section without questions) opened a page of its own under a page nearly full, its
 * listings each kept whole: the first page of it ended early and the last listing and the closing
 * line went on alone to page 6, 19 % full. Closing listings now split between lines (three kept on
 * each side, the break marked), and the notes may run on under the last drill when that saves the
 * page: five pages, the last well filled.
 */
describe('closing notes of reference listings', () => {
  let file = '';
  let pages: string[] = [];
  let layout: string[] = [];
  let fill: number[] = [];
  beforeAll(async () => {
    ({ file, pages, layout, fill } = await guide(['test/fixtures/closing-listings/field-drills.md'], 'field-drills'));
  }, 120_000);

  it('run on under the last drill and end on a full page, a page shorter', () => {
    expect(pages).toHaveLength(5);
    const reference = pages.findIndex((p) => p.includes('Command reference Units'));
    expect(reference, 'the notes begin under the last drill').toBe(3);
    expect(pages[3].indexOf('Q15')).toBeLessThan(pages[3].indexOf('Command reference'));
    expect(pages[4]).toContain('Keep these at hand on the day.');
    expect(fill[4]).toBeGreaterThan(0.5);
    for (const f of fill) expect(f).toBeLessThanOrEqual(1);
  });

  it('split a listing between lines, at least three on each side', () => {
    // The first listing begins on page 4 and goes on at the top of page 5.
    const units = (p: string) => (p.match(/unitctl \w+ --target/g) ?? []).length;
    expect(units(pages[3]), 'its lines on page 4').toBeGreaterThanOrEqual(3);
    expect(units(pages[4]), 'its lines on page 5').toBeGreaterThanOrEqual(3);
    expect(units(pages[3]) + units(pages[4])).toBe(15);
    // Every heading keeps with its listing: none ends a page.
    for (const [i, p] of layout.entries()) {
      const body = p.split('\n').filter((l) => l.trim() && !/page \d+ of \d+/.test(l));
      expect(body[body.length - 1]?.trim(), `page ${i + 1}'s last line`).not.toMatch(/^(Units|Queues|Storage|Network)$/);
    }
  });

  it('keeps the contents, running heads and bookmarks right', async () => {
    const listed = /^Command reference +(\d+)$/m.exec(layout[1]);
    expect(listed?.[1], 'its contents line').toBe('4');
    const mark = (await outlineOf(file)).find((e) => e.title === 'Command reference');
    expect(mark?.page, 'its bookmark').toBe(4);
    // Page 4 opens with the drills and is headed by them; page 5 by the notes; both say of 5.
    expect(pages[3].slice(0, 60)).toContain('Incidents');
    expect(pages[4].slice(0, 60)).toContain('Command reference');
    expect(pages[4]).toContain('page 5 of 5');
  });
});

/**
 * Two decks combined, each a part opening a page: Part 1's last question went over alone to page 6,
 * 15 % full, under three pages nearly full, because only the guide's last page was drawn together.
 * A part's end is now drawn together as the guide's end is, within its part: Part 1 ends on page 5
 * and Part 2 still opens a page of its own, the guide a page shorter.
 */
describe("a thin page ending a combined guide's part", () => {
  let file = '';
  let pages: string[] = [];
  let fill: number[] = [];
  beforeAll(async () => {
    ({ file, pages, fill } = await guide(['test/fixtures/part-end-tail/alpha.md', 'test/fixtures/part-end-tail/beta.md'], 'all'));
  }, 120_000);

  /** The page (1-based) Part 2 opens on, after the contents. */
  const partPage = () => pages.findIndex((p, i) => i > 1 && p.includes('PART 2')) + 1;

  it('is drawn back, the part ending on a page well filled', () => {
    expect(pages).toHaveLength(6);
    const end = pages.findIndex((p, i) => i > 1 && p.includes('How would you handle alerts case 18?')) + 1;
    expect(end, 'the page Part 1 ends on').toBe(5);
    expect(fill[end - 1]).toBeGreaterThan(0.5);
    for (const f of fill) expect(f).toBeLessThanOrEqual(1);
  });

  it('never runs the next part on under it', () => {
    const part = partPage();
    expect(part).toBe(6);
    expect(pages[part - 1], 'nothing of Part 1 on its page').not.toMatch(/alerts case/);
    expect(pages[part - 1]).toMatch(/^PART 2 Beta Storage/);
  });

  it('keeps the contents, running heads and bookmarks right', async () => {
    const contents = readContents(file, 40);
    expect(contents.find((e) => e.label === 'Beta Storage')?.page, "Part 2's contents line").toBe(6);
    expect(contents.find((e) => e.label === 'Q18')?.page, "Q18's contents line").toBe(5);
    const mark = (await outlineOf(file)).find((e) => e.title === 'Beta Storage');
    expect(mark?.page, "Part 2's bookmark").toBe(6);
    expect(pages[4].slice(0, 60)).toMatch(/Alpha Operations.*Alerts/);
    expect(pages[4]).toContain('page 5 of 6');
  });
});
