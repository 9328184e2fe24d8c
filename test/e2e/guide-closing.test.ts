import { describe, expect, it, beforeAll } from 'vitest';
import path from 'node:path';
import { bundledOut, letterOut, pdfPages } from '../helpers.js';
import { pageFill } from '../pdf-page-fill.js';
import { GUIDE_PAGES } from '../../src/render/guide-page-sizes.js';
import { SHARED_BUILDS_WAIT_MS, sharedBuilds } from '../shared-builds.js';

// Reads the e2e setup's shared builds (test/shared-builds.ts).
beforeAll(sharedBuilds, SHARED_BUILDS_WAIT_MS);

/** The bundled deck's closing notes: their heading and the last words of their last paragraph. */
const HEADING = 'What the industry actually asks';
const LAST_WORDS = /name\s+of\s+a\s+favourite\s+tool/;

describe.each([
  { paper: 'letter' as const, out: () => path.join(letterOut(), 'infrastructure-engineer', 'guide.pdf') },
  { paper: 'a4' as const, out: () => path.join(bundledOut(), 'infrastructure-engineer', 'guide.pdf') },
])('the guide’s closing notes on $paper', ({ paper, out }) => {
  it('print whole on one page, and the last page is used: not a paragraph alone on a page under a third full', () => {
    const file = out();
    const pages = pdfPages(file);
    const ends = pages.findIndex((p) => LAST_WORDS.test(p));
    // The heading as a line of its own: not the running head beside the deck's title, nor the contents' entry with its leaders.
    const opens = pdfPages(file, true).findIndex((p) => p.split('\n').some((l) => l.trim() === HEADING));
    expect(ends, 'closing notes end on the page they open (the Letter guide left its last paragraph alone on page 33)').toBe(opens);
    const { margins } = GUIDE_PAGES[paper];
    const fill = pageFill(file, margins);
    expect(fill[fill.length - 1], 'the last page’s fill').toBeGreaterThan(1 / 3);
  });
});
