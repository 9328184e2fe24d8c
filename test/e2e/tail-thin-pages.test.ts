import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GUIDE_PAGES } from '../../src/render/guide-page-sizes.js';
import { buildWith, pdfPages, squash, tempDir } from '../helpers.js';
import { pageFill } from '../pdf-page-fill.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/** The guide of one fixture deck on A4: its pages' text, squashed, and how full each is. */
async function guide(deckFile: string, slug: string): Promise<{ pages: string[]; layout: string[]; fill: number[] }> {
  const outDir = await tempDir(`${slug}-`);
  const { result } = await buildWith({ paths: [deckFile], outDir, outputs: ['guide'], paper: 'a4' });
  expect(result.failed).toEqual([]);
  const file = path.join(outDir, slug, 'guide.pdf');
  return { pages: pdfPages(file).map(squash), layout: pdfPages(file, true), fill: pageFill(file, GUIDE_PAGES.a4.margins) };
}

/**
 * The last question is one long listing with a short list under it: the listing filled the pages
 * before the last and the list went over alone (page 5, 14 % full). The steps that draw the last
 * pages together set prose closer, not the listing, and took only the questions begun on the last
 * three pages. The listing's lines now close up with the prose's (never under 1.3): four pages.
 */
describe('a last question whose listing fills the pages before the last', () => {
  let pages: string[] = [];
  let fill: number[] = [];
  beforeAll(async () => {
    ({ pages, fill } = await guide('test/fixtures/tail-listing/replica-checks.md', 'replica-checks'));
  }, 120_000);

  it('ends with its list on the page of the listing, the guide a page shorter', () => {
    expect(pages).toHaveLength(4);
    const last = pages[3];
    expect(last).toContain('What it does');
    expect(last).toContain('Point 5: the check stops when the lag stays under the limit.');
    // The listing's end comes before it on that page.
    expect(last.indexOf('lag_149')).toBeGreaterThan(-1);
    expect(last.indexOf('lag_149')).toBeLessThan(last.indexOf('What it does'));
    for (const f of fill) expect(f).toBeLessThanOrEqual(1);
  });
});

/**
 * Three chapters each opening a page (the pages before too full to run them on), contents filling
 * 67 % of their page, and the last question alone on page 8 (31 %): the first chapter did not run on
 * under the contents (more than half a page), and drawing the last pages together gained too little.
 * The chapters that open a page may now go on under the page before when that saves the page
 * (only those that must): the first runs on under the contents, seven pages. Contents numbers and
 * running heads follow.
 */
describe('a thin last page saved by running a chapter on', () => {
  let pages: string[] = [];
  let layout: string[] = [];
  let fill: number[] = [];
  beforeAll(async () => {
    ({ pages, layout, fill } = await guide('test/fixtures/tail-run-on/backend-drills.md', 'backend-drills'));
  }, 120_000);

  it('ends on a full page, a page shorter', () => {
    expect(pages).toHaveLength(7);
    expect(pages[6]).toContain('Q27 Drill 27');
    expect(fill[6]).toBeGreaterThan(0.5);
    for (const f of fill) expect(f).toBeLessThanOrEqual(1);
  });

  it('keeps the contents numbers and running heads right', () => {
    // Each chapter's contents line gives the page its title prints on.
    for (const chapter of ['Caching', 'Queues', 'Storage']) {
      const listed = new RegExp(`^${chapter} +(\\d+)$`, 'm').exec(layout[1]);
      expect(listed, chapter).not.toBeNull();
      const at = Number(listed![1]) - 1;
      expect(pages[at], `${chapter} on p. ${at + 1}`).toContain(chapter);
    }
    // The last page is headed by its chapter, and says it is the last of seven.
    expect(pages[6].slice(0, 60)).toContain('Storage');
    expect(pages[6]).toContain('page 7 of 7');
    const q27 = /Q27 +Drill 27: how would you reason about case 27 of storage\? +(\d+)$/m.exec(layout[1]);
    expect(q27?.[1]).toBe('7');
  });
});
