import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, pdfPages, squash, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';
import { textRuns } from '../pdf-font-sizes.js';

parseInPlace();

/**
 * A flowchart a few lines too tall for the room left under its lead-in went overleaf with it,
 * leaving its page half blank (the page before the drawing 50 % full, on A4). Set a little
 * smaller (up to 15 %, its labels never under 7 pt) it ends that page with its lead-in.
 */
const deck = 'test/fixtures/diagram-shrink/crock.md';
let pages: string[] = [];
let file = '';

beforeAll(async () => {
  const outDir = await tempDir('diagram-shrink-');
  const { result } = await buildWith({ paths: [deck], outDir, outputs: ['guide'] });
  expect(result.failed).toEqual([]);
  file = path.join(outDir, 'crock', 'guide.pdf');
  pages = pdfPages(file).map(squash);
}, 240_000);

describe('a diagram a little too tall for the room left on its page', () => {
  const pageOf = (text: string) => pages.findIndex((p) => p.includes(text)) + 1;

  it('stays on the page of its question, under its lead-in, adding no page', () => {
    const box = pageOf('Shred, salt, pack, weigh down');
    expect(box, 'the question\'s "In short" box').toBeGreaterThan(0);
    expect(pageOf('in the same order in every kitchen'), 'its lead-in').toBe(box);
    expect(pageOf('Serve with bread'), 'its last label').toBe(box);
    expect(pages.length).toBeLessThanOrEqual(4);
  });

  it('prints its labels at 7 pt at least', () => {
    const page = pageOf('Serve with bread');
    const body = textRuns(file).filter((r) => r.page === page && /Sans/.test(r.font));
    expect(body.length).toBeGreaterThan(0);
    expect(Math.min(...body.map((r) => r.size))).toBeGreaterThanOrEqual(7);
  });
});
