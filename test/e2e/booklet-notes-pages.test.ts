import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { readFile, writeFile } from 'node:fs/promises';
import { buildWith, tempDir } from '../helpers.js';
import { pdfWords, type PdfWordPage } from '../pdf-words.js';
import { greyPage } from '../pdf-grey-page.js';
import { parseInPlace } from '../parse-in-place.js';
import { bookletOrder } from '../../src/print/impose-booklet.js';

parseInPlace();

/**
 * A booklet's last sheet ends on blank half-pages: eight A5 pages of guide make a booklet of
 * twelve, its pages 9–11 blank before the outside back cover. A book puts them to use: each is a
 * "Notes" page, headed in the deck's language and ruled to write in, with no running head or folio.
 * The back cover stays blank. Built twice, in English and with the deck's language set to Spanish.
 */
const deckFile = 'test/fixtures/booklet-back-cover/bread-basics.md';
const GUIDE_PAGES = 8;
const DPI = 50;

/** The side a booklet page (0-based; 11, the back cover) is printed on: eleven printed pages, the twelfth left blank. */
function sideOf(index: number): { order: (number | null)[][]; at: number } {
  const order = bookletOrder(11);
  const page = index === 11 ? null : index;
  return { order, at: order.findIndex((side) => side.includes(page)) };
}

/** The words of one booklet page: the half of the side it is printed on (bookletOrder tells which). */
function halfPage(sides: PdfWordPage[], index: number): string[] {
  const { order, at } = sideOf(index);
  const side = sides[at];
  const left = order[at][0] === (index === 11 ? null : index);
  return side.words.filter((w) => (left ? w.xMax <= side.width / 2 : w.xMin >= side.width / 2)).map((w) => w.text);
}

/** Rows of grey rule across most of a half-page's width: the lines to write on. */
function ruledRows(file: string, index: number): number {
  const { order, at } = sideOf(index);
  const grey = greyPage(file, at + 1, DPI);
  const half = Math.floor(grey.width / 2);
  const from = order[at][0] === (index === 11 ? null : index) ? 0 : half;
  let rows = 0;
  let inRule = false;
  for (let y = 0; y < grey.height; y++) {
    let inked = 0;
    for (let x = from; x < from + half; x++) if (grey.at(x, y) < 235) inked++;
    // A rule runs unbroken across most of the half; a line of text is broken by the spaces between its letters and words.
    const rule = inked > half * 0.6;
    if (rule && !inRule) rows++;
    inRule = rule;
  }
  return rows;
}

async function booklet(lang: string): Promise<{ file: string; sides: PdfWordPage[] }> {
  const outDir = await tempDir(`booklet-notes-${lang}-`);
  const file = path.join(outDir, 'bread-basics.md');
  await writeFile(file, (await readFile(deckFile, 'utf8')).replace(/^lang: en$/m, `lang: ${lang}`));
  const { result } = await buildWith({ paths: [file], outDir, outputs: ['guide'], booklet: true });
  expect(result.failed).toEqual([]);
  const pdf = path.join(outDir, 'bread-basics', 'guide-booklet.pdf');
  return { file: pdf, sides: pdfWords(pdf) };
}

describe("a booklet's blank half-pages before the back cover", () => {
  let en: { file: string; sides: PdfWordPage[] };
  let es: { file: string; sides: PdfWordPage[] };
  beforeAll(async () => {
    [en, es] = await Promise.all([booklet('en'), booklet('es')]);
  }, 180_000);

  it('are Notes pages, headed in the deck language, with no running head or folio', () => {
    expect(en.sides).toHaveLength(6);
    // Booklet pages 9, 10 and 11 (0-based 8–10): nothing of the guide, the heading alone.
    for (let index = GUIDE_PAGES; index < 11; index++) {
      expect(halfPage(en.sides, index), `page ${index + 1}`).toEqual(['Notes']);
      expect(halfPage(es.sides, index), `page ${index + 1}`).toEqual(['Notas']);
    }
    // The guide's last page keeps its folio of the guide's own total.
    expect(halfPage(en.sides, GUIDE_PAGES - 1).join(' ')).toContain(`page ${GUIDE_PAGES} of ${GUIDE_PAGES}`);
  });

  it('are ruled to write on, and the back cover stays blank', () => {
    for (let index = GUIDE_PAGES; index < 11; index++) expect(ruledRows(en.file, index), `page ${index + 1}`).toBeGreaterThanOrEqual(15);
    expect(halfPage(en.sides, 11)).toEqual([]);
    expect(ruledRows(en.file, 11)).toBe(0);
  });
});
