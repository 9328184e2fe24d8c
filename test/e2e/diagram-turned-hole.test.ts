import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { GUIDE_PAGES } from '../../src/render/guide-page-sizes.js';
import { buildWith, pdfPages, squash, tempDir } from '../helpers.js';
import { bookletPages } from '../pdf-booklet-pages.js';
import { pageFill } from '../pdf-page-fill.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/** Whether a page's text holds every word of a caption: a turned caption reads as words in any order. */
const holdsWords = (text: string, caption: string) => caption.split(' ').every((w) => text.split(' ').includes(w));

/**
 * A small statistics guide whose first chapter runs on under the contents, and whose second
 * question's answer opens with a diagram too wide for the column, turned a quarter on its page.
 * A4: the plan named the contents' page up to that answer's "In short" box, and the diagram (with
 * its lead-in) and the text after it opened the next page: page 2 ended 59 % full. A5 booklet: the
 * text sank above the diagram, then the chapter was planned again to run on under the contents,
 * and page 3 ended 34 % full above the diagram. Since turned diagrams stand beside the text
 * (diagrams.css), the one whose lead-in ends a page opens the next beside the text that follows.
 */
describe('a turned diagram whose answer starts near the contents', () => {
  let dir = '';
  beforeAll(async () => {
    const outDir = await tempDir();
    const { result } = await buildWith({ paths: ['test/fixtures/diagram-turned/statistics.md'], outDir, outputs: ['guide'], booklet: true });
    expect(result.failed).toEqual([]);
    dir = path.join(outDir, 'statistics');
  });

  it('lets the text after it fill the page before, the diagram and its caption opening the next (A4)', () => {
    const file = path.join(dir, 'guide.pdf');
    const pages = pdfPages(file).map(squash);
    const fill = pageFill(file, GUIDE_PAGES.a4.margins);
    const diagram = pages.findIndex((p) => p.includes('Deduplicate'));
    expect(diagram).toBeGreaterThan(1);
    expect(Math.round(fill[diagram - 1] * 100), `page ${diagram}, before the diagram`).toBeGreaterThanOrEqual(80);
    // The text after the lead-in runs on under it; the diagram, too tall for the page's foot,
    // opens the next page beside the text there, its caption with it. (Before turned diagrams
    // stood beside the text, this asked for the lead-in on the diagram's page, which left the
    // diagram's page 60 % blank by area and took a fourth page.)
    expect(pages[diagram - 1]).toContain('The whole chain, drawn:');
    expect(pages[diagram - 1]).toContain('Each arrow is a hand-off');
    expect(holdsWords(pages[diagram], 'The steps of an experiment, from raw events to a decision')).toBe(true);
    expect(pages[diagram]).toContain('What does the standard error of a mean tell you, case 1?');
    expect(pages.length).toBe(3);
  });

  it('leaves no page of the chapter before it less than 80 % full (A5 booklet)', () => {
    const pages = bookletPages(path.join(dir, 'guide-booklet.pdf'), []);
    const diagram = pages.findIndex((p) => p.text.includes('Deduplicate'));
    // From the page with the first answer's text (the contents name its question too).
    const opens = pages.findIndex((p) => p.text.includes('A small p-value says'));
    expect(opens).toBeGreaterThanOrEqual(0);
    expect(diagram).toBeGreaterThan(opens);
    const figures = pages.map((p) => `${p.number}: ${Math.round(p.fill * 100)}`).join(', ');
    // Before: 95, then 34 above the diagram.
    for (const p of pages.slice(opens, diagram)) expect(Math.round(p.fill * 100), `page ${p.number} (${figures})`).toBeGreaterThanOrEqual(80);
    expect(holdsWords(pages[diagram].text, 'The steps of an experiment, from raw events to a decision')).toBe(true);
  });

  it('sets the contents with the first chapter under them, the body in three pages (A5 booklet)', () => {
    const pages = bookletPages(path.join(dir, 'guide-booklet.pdf'), []);
    const contents = pages.find((p) => p.text.startsWith('Contents'));
    const figures = pages.map((p) => `${p.number}: ${Math.round(p.fill * 100)}`).join(', ');
    // Before: the contents alone on page 2, 29 % full, the body on pages 3–6.
    expect(contents?.text, figures).toContain('A small p-value says');
    expect(Math.round(contents!.fill * 100), figures).toBeGreaterThanOrEqual(75);
    // Four pages before turned diagrams stood beside the text (the diagram's page shared with none).
    expect(pages.at(-1)?.number, figures).toBe(4);
  });
});
