import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, tempDir } from '../helpers.js';
import { pdfWords, type PdfWord, type PdfWordPage } from '../pdf-words.js';

/**
 * A sequence diagram too wide for the A5 booklet page is turned a quarter and floated to the
 * measure's right side; the drawing took most of the measure, and the next question ran on beside
 * it in a column of some 14 characters, a hyphen on every other line ("увеличи-", "поэлемент-").
 * Where the text beside it would keep fewer than about 27 characters, the diagram stands alone.
 */
const deckFile = 'test/fixtures/diagram-turned-alone/raft.md';

/** A word printed turned a quarter (the diagram's labels): far taller than wide. */
const turned = (w: PdfWord) => w.yMax - w.yMin > 2 * (w.xMax - w.xMin) && w.text.length >= 4;

let sides: PdfWordPage[] = [];
beforeAll(async () => {
  const outDir = await tempDir('diagram-turned-alone-');
  const { result } = await buildWith({ paths: [deckFile], outDir, outputs: ['guide'], booklet: true });
  expect(result.failed).toEqual([]);
  sides = pdfWords(path.join(outDir, 'raft', 'guide-booklet.pdf'));
});

describe('a turned diagram on the booklet page', () => {
  it('has no column of text beside it', () => {
    const side = sides.find((s) => s.words.some((w) => w.text === 'AppendEntries'));
    expect(side).toBeDefined();
    const label = side!.words.find((w) => w.text === 'AppendEntries')!;
    // The booklet prints two pages a side: the diagram's page is the half holding its labels.
    const half = side!.width / 2;
    const onPage = (w: PdfWord) => (label.xMin < half ? w.xMax <= half : w.xMin >= half);
    const labels = side!.words.filter((w) => onPage(w) && turned(w));
    const top = Math.min(...labels.map((w) => w.yMin));
    const bottom = Math.max(...labels.map((w) => w.yMax));
    const left = Math.min(...labels.map((w) => w.xMin));
    const right = Math.max(...labels.map((w) => w.xMax));
    const beside = side!.words.filter((w) => onPage(w) && !turned(w) && w.yMin < bottom && w.yMax > top && (w.xMax < left || w.xMin > right));
    // Before: "Часы Лэмпорта дают …" and the question over them, in a narrow column at its left.
    expect(beside.map((w) => w.text)).toEqual([]);
  });
});
