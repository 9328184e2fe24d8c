import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, tempDir } from '../helpers.js';
import { pdfWords, type PdfWord, type PdfWordPage } from '../pdf-words.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * A booklet of thirteen chapters, each about four fifths of an A5 page: every chapter opened a page
 * of its own (the page before too full for the plan to run it on), the body ran to 17 pages and
 * took a fifth sheet, three of its pages blank. Closer spacing alone cannot save it: the chapters
 * still open their pages. Planned again with chapters let run on under the page before, it takes
 * four sheets, only the outside back cover blank; every page is still headed by the chapter it
 * opens with. Read from the imposed PDF.
 */
const deckFile = 'test/fixtures/booklet-chapters-run-on/houseplants.md';
const chapters = [
  'Snake plant',
  'Pothos',
  'Peace lily',
  'Rubber plant',
  'Spider plant',
  'Fiddle-leaf fig',
  'Monstera',
  'Zamioculcas',
  'Calathea',
  'Aloe',
  'Boston fern',
  'Moth orchid',
  'Jade plant',
];

let sides: PdfWordPage[] = [];
beforeAll(async () => {
  const outDir = await tempDir('booklet-chapters-run-on-');
  const { result } = await buildWith({ paths: [deckFile], outDir, outputs: ['guide'], booklet: true });
  expect(result.failed).toEqual([]);
  sides = pdfWords(path.join(outDir, 'houseplants', 'guide-booklet.pdf'));
}, 120_000);

/** A booklet page: the words of one half of a side. */
interface BookletPage {
  folio: number;
  words: PdfWord[];
}

/** The booklet's pages in reading order, by the number each prints ("page N of T"); the cover and blanks have none. */
function readingOrder(): BookletPage[] {
  const halves = sides.flatMap((s) => [s.words.filter((w) => w.xMax < s.width / 2), s.words.filter((w) => w.xMin >= s.width / 2)]);
  const pages: BookletPage[] = [];
  for (const words of halves) {
    const text = words.map((w) => w.text).join(' ');
    const folio = /page (\d+) of \d+/.exec(text);
    if (folio) pages.push({ folio: Number(folio[1]), words });
  }
  return pages.sort((a, b) => a.folio - b.folio);
}

/** The words of a page grouped into lines, top to bottom. */
function lines(words: PdfWord[]): { y: number; text: string }[] {
  const byLine = new Map<number, PdfWord[]>();
  for (const w of words) {
    const y = Math.round(w.yMin);
    const line = [...byLine.keys()].find((k) => Math.abs(k - y) < 3);
    byLine.set(line ?? y, [...(byLine.get(line ?? y) ?? []), w]);
  }
  return [...byLine].sort((a, b) => a[0] - b[0]).map(([y, ws]) => ({ y, text: ws.map((w) => w.text).join(' ') }));
}

/** The halves of the booklet's sides that print nothing. */
const blankHalves = () =>
  sides.flatMap((s) => [s.words.every((w) => w.xMin >= s.width / 2), s.words.every((w) => w.xMax < s.width / 2)]).filter(Boolean).length;

describe('a booklet whose chapters each open a page', () => {
  it('takes four sheets, not five, only its back cover blank', () => {
    expect(sides.length).toBe(8);
    expect(blankHalves()).toBe(1);
  });

  it('keeps every question, every page numbered of the same total', () => {
    const text = sides.flatMap((s) => s.words.map((w) => w.text)).join(' ');
    for (let n = 1; n <= 78; n++) expect(text).toContain(`Q${n} `);
    const folios = [...text.matchAll(/page (\d+) of (\d+)/g)];
    expect(new Set(folios.map((m) => m[2]))).toEqual(new Set(['15']));
  });

  it('runs some chapters on under the page before', () => {
    const body = readingOrder().filter((p) => !p.words.some((w) => w.text === 'Contents'));
    const sharing = body.filter((p) => {
      const ls = lines(p.words);
      // A chapter's title below the page's first lines of text: it shares the page with the chapter before.
      return ls.slice(2, -1).some((l) => chapters.includes(l.text));
    });
    expect(sharing.length).toBeGreaterThan(0);
  });

  it('heads every page with the chapter it opens with', () => {
    let open = '';
    let checked = 0;
    for (const page of readingOrder()) {
      const ls = lines(page.words);
      if (page.words.some((w) => w.text === 'Contents') || ls.length < 3) continue;
      // The running head is the first line (deck title and chapter), then the text; the folio last.
      const [head, ...text] = ls;
      const first = text.find((l) => chapters.includes(l.text) || /^Q\d+ /.test(l.text));
      const opens = first && chapters.includes(first.text) && first === text[0] ? first.text : open;
      if (opens) {
        expect(head.text, `page ${page.folio}`).toContain(opens);
        for (const other of chapters.filter((c) => c !== opens && !opens.includes(c))) expect(head.text, `page ${page.folio}`).not.toContain(other);
        checked++;
      }
      for (const l of text) if (chapters.includes(l.text)) open = l.text;
    }
    expect(checked).toBe(11);
  });
});
