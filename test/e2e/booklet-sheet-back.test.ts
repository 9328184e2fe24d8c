import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, tempDir } from '../helpers.js';
import { pdfWords, type PdfWordPage } from '../pdf-words.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * A booklet whose body ran one page past a multiple of four (eight A5 pages: the closing notes alone
 * on the last, the page before full) took a third sheet for it, three of its four pages blank. The
 * last pages' questions now stand a little closer and the closing notes run on under the last
 * one: seven pages, two sheets, only the outside back cover blank. Read from the imposed PDF.
 */
const deckFile = 'test/fixtures/booklet-sheet-back/coffee-at-home.md';

let sides: PdfWordPage[] = [];
beforeAll(async () => {
  const outDir = await tempDir('booklet-sheet-back-');
  const { result } = await buildWith({ paths: [deckFile], outDir, outputs: ['guide'], booklet: true });
  expect(result.failed).toEqual([]);
  sides = pdfWords(path.join(outDir, 'coffee-at-home', 'guide-booklet.pdf'));
}, 120_000);

/** The halves of the booklet's sides that print nothing. */
const blankHalves = () =>
  sides.flatMap((s) => [s.words.every((w) => w.xMin >= s.width / 2), s.words.every((w) => w.xMax < s.width / 2)]).filter(Boolean).length;

describe('a booklet a page into a sheet of blanks', () => {
  it('takes two sheets, not three, only its back cover blank', () => {
    expect(sides.length).toBe(4);
    expect(blankHalves()).toBe(1);
  });

  it('keeps every question and the closing notes, every page numbered of the same total', () => {
    const text = sides.flatMap((s) => s.words.map((w) => w.text)).join(' ');
    for (let n = 1; n <= 19; n++) expect(text).toContain(`Q${n} `);
    expect(text).toContain('Closing notes');
    expect(text).toContain('keep notes of what worked.');
    const folios = [...text.matchAll(/page (\d+) of (\d+)/g)];
    expect(new Set(folios.map((m) => m[2]))).toEqual(new Set(['7']));
    expect(folios.map((m) => Number(m[1])).sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7]);
  });
});
