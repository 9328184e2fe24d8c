import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, pdfPages, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';
import { GUIDE_PAGES } from '../../src/render/guide-page-sizes.js';
import { pageFill } from '../pdf-page-fill.js';

// Builds in this process parse their decks here, not on a thread each.
parseInPlace();

/**
 * A guide does not end on a page holding one short question: the 40-question data-science deck's
 * A4 guide put Q40 (a heading and its "In short" box) alone on page 15, 15 % full, under a page
 * with a quarter of it blank. The questions of the page before stand a little closer instead.
 */
const deckFile = 'test/fixtures/data-science-deck/data-science.md';

describe("the guide's last page", () => {
  it('is not a short end of the last section alone on a page', async () => {
    const outDir = await tempDir('lastpage-');
    const { result } = await buildWith({ paths: [deckFile], outDir, outputs: ['guide'] });
    expect(result.failed).toEqual([]);
    const file = path.join(outDir, 'data-science', 'guide.pdf');
    const fill = pageFill(file, GUIDE_PAGES.a4.margins);
    expect(Math.round(fill[fill.length - 1] * 100), `last page (${fill.length}) full`).toBeGreaterThanOrEqual(33);
    // Nothing lost on the way: the last question is on the last page, and the contents say so.
    const pages = pdfPages(file);
    expect(pages[pages.length - 1]).toContain('What makes a good data visualisation?');
    expect(pdfPages(file, true)[1].replace(/\s+/g, ' ')).toMatch(new RegExp(`What makes a good data visualisation\\? [. ]*${pages.length}\\b`));
  }, 240_000);
});
