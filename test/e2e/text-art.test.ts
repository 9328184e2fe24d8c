import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, tempDir } from '../helpers.js';
import { pdfWords, type PdfWordPage } from '../pdf-words.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * A drawing in a code block (a 68-column box of services in box-drawing characters, and a folder
 * tree), as banks draw architecture: wrapped at the measure like code, its rows fell apart into
 * `↳ │` pieces on the A5 booklet page (and a cheat-sheet column); it is set whole,
 * scaled to the measure.
 */
const deckFile = 'test/fixtures/text-art/deck.md';

let dir = '';
beforeAll(async () => {
  const outDir = await tempDir('text-art-');
  const { result } = await buildWith({ paths: [deckFile], outDir, outputs: ['guide'], booklet: true });
  expect(result.failed).toEqual([]);
  dir = path.join(outDir, 'deck');
}, 180_000);

/** The words of a drawn row, on the first page (or half sheet) that prints `first`. */
function row(pages: PdfWordPage[], first: string, last: string, sheets = false) {
  for (const page of pages) {
    const a = page.words.find((w) => w.text === first);
    if (!a) continue;
    // A booklet sheet holds two pages: the row's own half.
    const half = sheets ? (a.xMin < page.width / 2 ? [0, page.width / 2] : [page.width / 2, page.width]) : [0, page.width];
    const b = page.words.find((w) => w.text === last && w.xMin >= half[0] && w.xMax <= half[1]);
    return { a, b, page, half };
  }
  throw new Error(`no page prints ${first}`);
}

describe('a drawing in a code block', () => {
  for (const [file, what] of [
    ['guide.pdf', 'the guide'],
    ['guide-booklet.pdf', 'the A5 booklet'],
  ]) {
    it(`keeps each row on one line in ${what}, inside the page`, () => {
      const { a, b, page, half } = row(pdfWords(path.join(dir, file)), 'Browser', 'Postgres', file === 'guide-booklet.pdf');
      expect(b, 'Postgres on the same half page as Browser').toBeDefined();
      // Wrapped, "Postgres" went down to a line of its own under "Browser".
      expect(Math.abs(b!.yMin - a.yMin), 'Browser and Postgres on one line').toBeLessThan(1);
      expect(b!.xMax, 'the row within the half page').toBeLessThan(half[1] - 18);
      expect(
        page.words.every((w) => w.xMax <= page.width),
        'nothing off the paper',
      ).toBe(true);
    });
  }

  it('keeps the right edge of the box straight through the rows with arrows (► ▼ from another face)', () => {
    const { a, page } = row(pdfWords(path.join(dir, 'guide.pdf')), 'Browser', 'Postgres');
    // The drawing's rows: lines that open with the outer box's left edge, at the Browser row's left edge.
    const left = Math.min(...page.words.filter((w) => w.text === '│' && Math.abs(w.yMin - a.yMin) < 1).map((w) => w.xMin));
    const rows = new Map<number, number>();
    for (const w of page.words) {
      if (!/[│┐┘]$/.test(w.text) || w.xMax < a.xMax) continue;
      const y = Math.round(w.yMin);
      if (!page.words.some((v) => Math.round(v.yMin) === y && Math.abs(v.xMin - left) < 0.5)) continue;
      rows.set(y, Math.max(rows.get(y) ?? 0, w.xMax));
    }
    expect(rows.size, 'rows of the drawing').toBeGreaterThanOrEqual(10);
    // Each ► drawn at the maths face's width moved the rest of its row right: 6 pt past the others.
    const edges = [...rows.values()];
    expect(Math.max(...edges) - Math.min(...edges), 'spread of the right edge, pt').toBeLessThan(0.5);
  });

  it('keeps the longest line of the folder tree whole in the booklet', () => {
    const { a, b } = row(pdfWords(path.join(dir, 'guide-booklet.pdf')), 'shop/', 'shop/', true);
    expect(a).toBe(b);
    const pages = pdfWords(path.join(dir, 'guide-booklet.pdf'));
    const page = pages.find((p) => p.words.some((w) => w.text.includes('replica-count-kustomization.yaml')))!;
    const leaf = page.words.find((w) => w.text.includes('replica-count-kustomization.yaml'))!;
    const branch = page.words.find((w) => w.text.includes('deploy/overlays/production-eu-west'))!;
    // One word when whole; wrapped after a slash, two.
    expect(leaf, 'the path printed in one piece').toBe(branch);
  });
});
