import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, tempDir } from '../helpers.js';
import { pdfWords, type PdfWordPage } from '../pdf-words.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * A booklet whose guide takes a multiple of four pages (eight A5 pages, its last one 40 % full
 * and too full to go back up): its last page was printed on the outside back cover, beside the
 * cover, where a book carries no body text. The back cover stays blank; the text is all there.
 */
const deckFile = 'test/fixtures/booklet-back-cover/bread-basics.md';

let sides: PdfWordPage[] = [];
beforeAll(async () => {
  const outDir = await tempDir('booklet-back-cover-');
  const { result } = await buildWith({ paths: [deckFile], outDir, outputs: ['guide'], booklet: true });
  expect(result.failed).toEqual([]);
  sides = pdfWords(path.join(outDir, 'bread-basics', 'guide-booklet.pdf'));
}, 120_000);

describe("a booklet's outside back cover", () => {
  it('carries no text, beside the cover', () => {
    // The outer sheet's front: the back cover on its left half, the cover on its right.
    const [front] = sides;
    const right = front.words.filter((w) => w.xMin >= front.width / 2).map((w) => w.text);
    expect(right.join(' '), 'the cover').toContain('Bread Basics');
    const back = front.words.filter((w) => w.xMax < front.width / 2).map((w) => w.text);
    expect(back.join(' '), 'the back cover').toBe('');
  });

  it('leaves the whole guide in the booklet, every page numbered of the same total', () => {
    const text = sides.flatMap((s) => s.words.map((w) => w.text)).join(' ');
    for (const q of ['Q1', 'Q19', 'Q20']) expect(text).toContain(q);
    const folios = [...text.matchAll(/page (\d+) of (\d+)/g)];
    const total = Number(folios[0][2]);
    expect(folios.map((m) => Number(m[1])).sort((a, b) => a - b)).toEqual([...Array(total)].map((_, i) => i + 1).slice(1));
  });
});
