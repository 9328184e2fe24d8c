import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { GUIDE_PAGES } from '../../src/render/guide-page-sizes.js';
import { bundledOut, letterOut, pdfPages, squash } from '../helpers.js';
import { pageFill } from '../pdf-page-fill.js';

const CAPTION = 'A three-tier VPC across two availability zones';

// The infrastructure guide's VPC diagram, grown to keep its labels at 7 pt, no longer fitted under
// the list it ends: it went to the next page and left page 14 about 55 % full.
describe('a diagram too tall for the room left on its page', () => {
  it.each([
    { name: 'A4', file: () => path.join(bundledOut(), 'infrastructure-engineer', 'guide.pdf'), paper: 'a4' as const },
    { name: 'Letter', file: () => path.join(letterOut(), 'infrastructure-engineer', 'guide.pdf'), paper: 'letter' as const },
  ])('rises to the top of the page its answer runs on to, leaving no hole ($name)', ({ file, paper }) => {
    const pages = pdfPages(file()).map(squash);
    const at = pages.findIndex((p) => p.includes(CAPTION));
    expect(at).toBeGreaterThan(1);
    const fill = pageFill(file(), GUIDE_PAGES[paper].margins);
    // The page before the diagram's and the diagram's own are full: its answer's text flows around it.
    expect(Math.round(fill[at - 1] * 100), `page ${at} before the diagram`).toBeGreaterThanOrEqual(75);
    expect(Math.round(fill[at] * 100), `page ${at + 1}, the diagram's`).toBeGreaterThanOrEqual(75);
    // Still within its own question: between its heading and the next question's (past the contents).
    const text = pages.slice(at - 2).join(' ');
    const own = text.indexOf('Walk through designing a VPC');
    const next = text.indexOf('How does autoscaling work');
    expect(own).toBeGreaterThan(-1);
    expect(text.indexOf(CAPTION)).toBeGreaterThan(own);
    expect(text.indexOf(CAPTION)).toBeLessThan(next);
  });
});
