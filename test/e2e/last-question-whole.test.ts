import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, pdfPages, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';
import { GUIDE_PAGES } from '../../src/render/guide-page-sizes.js';
import { pageFill } from '../pdf-page-fill.js';

// Builds in this process parse their decks here, not on a thread each.
parseInPlace();

/**
 * A guide whose last page would hold only the tail of its last question: the maths deck's A4
 * guide printed Q9's heading, box, lead-in and display formula at the foot of page 4 and the three
 * lines of its answer's last paragraph alone on page 5 (10 % full). Too long to go back up, the
 * question starts the last page whole instead, the page count kept, the page before over half full.
 */
const deckFile = 'test/fixtures/ml-maths-deck/ml-maths.md';
const LAST = 'Why does the kernel trick work for support vector machines?';

let file = '';
beforeAll(async () => {
  const outDir = await tempDir('lastq-');
  const { result } = await buildWith({ paths: [deckFile], outDir, outputs: ['guide'] });
  expect(result.failed).toEqual([]);
  file = path.join(outDir, 'ml-maths', 'guide.pdf');
}, 240_000);

describe("the guide's last question", () => {
  it('starts the last page whole rather than leaving its tail alone there', () => {
    const pages = pdfPages(file);
    const fill = pageFill(file, GUIDE_PAGES.a4.margins);
    const last = pages.length - 1;
    expect(pages.length).toBe(5);
    expect(pages[last], 'its heading on the last page').toContain(LAST);
    expect(pages[last - 1]).not.toContain(LAST);
    expect(Math.round(fill[last] * 100), 'last page full').toBeGreaterThanOrEqual(25);
    expect(Math.round(fill[last - 1] * 100), 'page before full').toBeGreaterThanOrEqual(50);
    // Headed by its own chapter, and the contents give the page it now starts on.
    expect(pages[last]).toContain('Hard — theory');
    expect(pdfPages(file, true)[1].replace(/\s+/g, ' ')).toMatch(new RegExp(`${LAST.replace(/\?/g, '\\?')} [. ]*${pages.length}\\b`));
  });
});
