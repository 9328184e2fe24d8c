import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { buildDeckText } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';
import { pdfWords, type PdfWord } from '../pdf-words.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

const FIXTURE = path.join(import.meta.dirname, '..', 'fixtures', 'rtl-latin-lines', 'deck.md');

let words: PdfWord[] = [];
let pageWidth = 0;
beforeAll(async () => {
  const out = await buildDeckText('rtl-lines', await readFile(FIXTURE, 'utf8'), ['guide']);
  const pages = pdfWords(path.join(out, 'guide.pdf'));
  words = pages.flatMap((p) => p.words);
  pageWidth = pages[0].width;
}, 120_000);

/** The words printed on the same line as `word` (the first so written, or that one), left to right. */
const lineOf = (word: string | PdfWord): string[] => {
  const at = typeof word === 'string' ? words.find((w) => w.text === word) : word;
  expect(at, `"${String(typeof word === 'string' ? word : word.text)}" is printed`).toBeDefined();
  const middle = (w: PdfWord) => (w.yMin + w.yMax) / 2;
  // Code is set in another face, its box a little off the line's: the words' middles are compared.
  return words
    .filter((w) => Math.abs(middle(w) - middle(at!)) < 3)
    .sort((a, b) => a.xMin - b.xMin)
    .map((w) => w.text);
};

describe('lines with no right-to-left letter in an Arabic guide', () => {
  it('print a multiple-choice option in its own order, its letter first', () => {
    // In the page's direction the option came out "undefined C: and object" on paper.
    expect(lineOf('A:')).toEqual(['A:', '2', 'and', 'object']);
    expect(lineOf('C:')).toEqual(['C:', 'undefined', 'and', 'object']);
  });

  it('print an English sentence left to right', () => {
    expect(lineOf('Run')).toEqual(['Run', 'node', '--version', 'before', 'you', 'start.']);
  });

  it('keep an Arabic sentence with code in it in the page direction', () => {
    // "… its type `object` and its length `2`": read right to left, the `2` that ends it prints left of `object`.
    const sentence = words
      .filter((w) => w.text === 'object')
      .map((w) => lineOf(w))
      .find((line) => !line.includes('and'));
    expect(sentence).toBeDefined();
    expect(sentence!.indexOf('2')).toBeGreaterThanOrEqual(0);
    expect(sentence!.indexOf('2')).toBeLessThan(sentence!.indexOf('object'));
  });

  it('keeps a list that mixes Arabic and Latin items in the page direction, every item on the right', () => {
    // Turned one by one, its Latin items ran from the left margin and its Arabic one from the right.
    for (const name of ['Kotlin', 'Swift']) expect(words.find((w) => w.text === name)!.xMin, name).toBeGreaterThan(pageWidth / 2);
  });
});
