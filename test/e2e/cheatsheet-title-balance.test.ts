import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, tempDir } from '../helpers.js';
import { pdfWords, type PdfWord } from '../pdf-words.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * A cheat sheet's title too long for its line beside the counts broke before its last word:
 * "Data Engineering — Pipelines and" over "Storage", a runt under a full line. It is balanced now.
 */
const deckFile = 'test/fixtures/pipelines-sheet/pipelines.md';
const TITLE = ['Data', 'Engineering', '—', 'Pipelines', 'and', 'Storage'];

let title: PdfWord[] = [];
beforeAll(async () => {
  const outDir = await tempDir('sheet-title-');
  const { result } = await buildWith({ paths: [deckFile], outDir, outputs: ['cheatsheet'] });
  expect(result.failed).toEqual([]);
  const [page] = pdfWords(path.join(outDir, 'pipelines', 'cheatsheet.pdf'));
  // The title's words, the first of each in page order (the largest type on the page).
  const size = Math.max(...page.words.map((w) => w.yMax - w.yMin));
  title = page.words.filter((w) => w.yMax - w.yMin > size * 0.9 && TITLE.includes(w.text));
}, 120_000);

describe("a cheat sheet's title on two lines", () => {
  it('puts more than one word on its last line', () => {
    expect(title.map((w) => w.text)).toEqual(TITLE);
    const lines = new Set(title.map((w) => Math.round(w.yMin)));
    expect(lines.size).toBe(2);
    const last = Math.max(...lines);
    expect(title.filter((w) => Math.round(w.yMin) === last).length).toBeGreaterThan(1);
  });
});
