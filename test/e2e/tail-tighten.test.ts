import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GUIDE_PAGES } from '../../src/render/guide-page-sizes.js';
import { buildWith, pdfPages, squash, tempDir } from '../helpers.js';
import { pageFill } from '../pdf-page-fill.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * A bank of long scenario questions on A4 whose second chapter begins low on a page shared with the
 * first: its last question, a short one (15 % of a page), ended the guide alone on page 5 under a
 * page 86 % full, too little room for it even with that page's questions drawn closer, and the
 * shared page's change of running head is a break nothing crosses. The last pages now stand their
 * questions closer and set their lines a little closer, the chapters planned again: four pages.
 */
const deckFile = 'test/fixtures/tail-tighten/outages.md';

describe('a short last question that the page before alone cannot take', () => {
  let pages: string[] = [];
  let fill: number[] = [];
  beforeAll(async () => {
    const outDir = await tempDir('tail-tighten-');
    const { result } = await buildWith({ paths: [deckFile], outDir, outputs: ['guide'], paper: 'a4' });
    expect(result.failed).toEqual([]);
    const file = path.join(outDir, 'outages', 'guide.pdf');
    pages = pdfPages(file).map(squash);
    fill = pageFill(file, GUIDE_PAGES.a4.margins);
  }, 120_000);

  it('ends the page before, after the question before it, the guide a page shorter', () => {
    expect(pages).toHaveLength(4);
    const last = pages[3];
    const [before, question] = [last.indexOf('Q4 Moving from a queue'), last.indexOf('Q5 How would you run a blameless postmortem?')];
    expect(before, 'the question before').toBeGreaterThan(-1);
    expect(question, 'the last question follows it').toBeGreaterThan(before);
    // Its whole answer came with it.
    expect(last).toMatch(/Keep it about the system: .* made sense then\./);
  });

  it('keeps every page within its text block and the contents right', () => {
    for (const f of fill) expect(f).toBeLessThanOrEqual(1);
    expect(fill[3]).toBeGreaterThan(0.5);
    // The contents (its page numbers read after its entries) ends on the page the last question now starts on.
    expect(pages[1]).toMatch(/blameless postmortem\? (\d+ )*4 Opening/);
    // The chapters' running heads are kept: the last page is headed by its chapter.
    expect(pages[3].slice(0, 120)).toContain('Harder ground');
  });
});
