import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, tempDir } from '../helpers.js';
import { pdfWords, type PdfWord } from '../pdf-words.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * A question's title on the cheat sheet broke before its last word ("… a web application" over
 * "format?"), a runt under a full line. Twenty questions of every length, each title ending in
 * "?" and no answer holding one, so a title's words are read off the PDF from its label to the "?".
 */
const deckFile = 'test/fixtures/sheet-finish/web-basics.md';

/** Each entry's title words, from the word after its Q label to the one ending in "?". */
function titles(words: PdfWord[]): { label: string; words: PdfWord[] }[] {
  const found: { label: string; words: PdfWord[] }[] = [];
  words.forEach((w, i) => {
    if (!/^Q\d+$/.test(w.text)) return;
    const end = words.findIndex((x, k) => k > i && x.text.endsWith('?'));
    // The level badge stands between the label and the title, on the label's line.
    found.push({ label: w.text, words: words.slice(i + 1, end + 1).filter((x) => !/^(easy|medium|hard)$/.test(x.text)) });
  });
  return found;
}

let pages: { words: PdfWord[] }[] = [];
beforeAll(async () => {
  const outDir = await tempDir('sheet-runts-');
  const { result } = await buildWith({ paths: [deckFile], outDir, outputs: ['cheatsheet'] });
  expect(result.failed).toEqual([]);
  pages = pdfWords(path.join(outDir, 'web-basics', 'cheatsheet.pdf'));
}, 120_000);

describe("a cheat sheet's question titles", () => {
  it('still all fit on the one page', () => {
    expect(pages).toHaveLength(1);
    expect(titles(pages[0].words).map((t) => t.label)).toEqual(Array.from({ length: 20 }, (_, i) => `Q${i + 1}`));
  });

  it('never leave one word alone on a second line', () => {
    const wrapped = titles(pages[0].words).filter((t) => new Set(t.words.map((w) => Math.round(w.yMin))).size > 1);
    // The deck has long titles: some do wrap.
    expect(wrapped.length).toBeGreaterThan(2);
    const runts = wrapped.filter((t) => {
      const last = Math.round(t.words.at(-1)!.yMin);
      return t.words.filter((w) => Math.abs(Math.round(w.yMin) - last) <= 1).length < 2;
    });
    expect(runts.map((t) => `${t.label}: ${t.words.at(-1)!.text}`)).toEqual([]);
  });
});
