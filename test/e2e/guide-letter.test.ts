import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib';
import path from 'node:path';
import { loadDeck } from '../../src/content/load-deck.js';
import { allQuestions, type Deck } from '../../src/model/deck.js';
import { buildWith, pageSizes, pdfInfo, squash, tempDir } from '../helpers.js';
import { headingPage, loose, mm, outlineOf, plainQuotes, pdfWords, questionPages, readContents, squashedPages, type Word } from './guide-reading.js';
import { textRuns } from '../pdf-font-sizes.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

// A small deck of wide tables, long code lines and long answers, on Letter, with a booklet and
// a fixed build date (no `date` in its front matter).
const DECK = 'test/fixtures/guide-letter/wide-answers.md';
const EPOCH = 1767225600; // 2026-01-01T00:00:00Z
let out = '';
let deck: Deck;
const file = (name: string) => path.join(out, 'wide-answers', name);

beforeAll(async () => {
  out = await tempDir();
  process.env.SOURCE_DATE_EPOCH = String(EPOCH);
  try {
    // Only the guide (and its booklet) is read here.
    const { result } = await buildWith({ paths: [DECK], outDir: out, paper: 'letter', booklet: true, outputs: ['guide'] });
    expect(result.failed).toEqual([]);
  } finally {
    delete process.env.SOURCE_DATE_EPOCH;
  }
  deck = await loadDeck(DECK);
});

/** A PDF's bytes with its object streams unpacked (mutool clean -d), so dictionaries read as text. */
function expandedPdf(pdf: string): string {
  const copy = `${pdf}.expanded.pdf`;
  execFileSync('mutool', ['clean', '-d', pdf, copy]);
  return readFileSync(copy, 'latin1');
}

/** The guide page shown on one half of a booklet side: its footer number, 1 for the cover, null when blank. */
function pageOnHalf(words: Word[], guideTitle: string): number | null {
  if (words.length === 0) return null;
  const text = words.map((w) => w.text).join(' ');
  const footer = /page (\d+) of \d+/.exec(text);
  if (footer) return Number(footer[1]);
  if (loose(text).includes(loose(guideTitle))) return 1;
  throw new Error(`cannot tell which page this is: ${text.slice(0, 80)}`);
}

/** The side (1-based) each internal link of a PDF opens: its explicit destination's page. */
async function linkSides(pdf: string): Promise<number[]> {
  const doc = await PDFDocument.load(readFileSync(pdf), { updateMetadata: false });
  const index = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i + 1]));
  return doc.getPages().flatMap((page) => {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    return Array.from({ length: annots?.size() ?? 0 }, (_, i) => annots!.lookup(i, PDFDict).lookupMaybe(PDFName.of('Dest'), PDFArray)?.get(0)).flatMap((ref) =>
      ref instanceof PDFRef && index.has(ref.toString()) ? [index.get(ref.toString())!] : [],
    );
  });
}

/**
 * Words read line by line, top to bottom and left to right (a line: words whose bottoms lie
 * within 3 pt of each other), so a table's cells never come between a heading and its badge.
 */
function readLines(words: Word[]): string {
  const lines: Word[][] = [];
  for (const w of [...words].sort((a, b) => a.yMax - b.yMax)) {
    const line = lines[lines.length - 1];
    if (line && w.yMax - line[0].yMax < 3) line.push(w);
    else lines.push([w]);
  }
  return lines
    .map((line) =>
      line
        .sort((a, b) => a.xMin - b.xMin)
        .map((w) => w.text)
        .join(' '),
    )
    .join(' ');
}

describe('guide on Letter paper', () => {
  it('prints every page at Letter size', () => {
    const sizes = pageSizes(file('guide.pdf'));
    expect(sizes.length).toBeGreaterThan(4);
    for (const s of sizes) expect([Math.round(s.width), Math.round(s.height)]).toEqual([612, 792]);
    expect(pdfInfo(file('guide.pdf'))['Page size']).toMatch(/letter/);
  });

  it('keeps wide tables, long URLs and long code lines inside the text area', () => {
    const words = pdfWords(file('guide.pdf'));
    const outside = words.filter((w) => w.xMin < mm(12) || w.xMax > w.pageWidth - mm(12));
    expect(outside.map((w) => `p${w.page}: ${w.text}`)).toEqual([]);
    // Chromium clips what runs past the text area, so what overflowed would be missing: the
    // long tokens and the far columns of the wide table must all be there, only wrapped.
    // Read in drawing order (-raw): a cell's wrapped lines stay together even when the columns
    // beside it wrap to more lines than it does.
    const text = loose(execFileSync('pdftotext', ['-raw', file('guide.pdf'), '-'], { encoding: 'utf8' }));
    for (const token of [
      'part-00001-6f1c2a9e-1b7d-4f7e-9d0a-3c5b8e2f4a61-c000.snappy.parquet',
      'https://parquet.apache.org/docs/file-format/configurations/and-a-very-long-path-segment',
      'https://avro.apache.org/docs/current/specification/with/a/deliberately/long/path/to/wrap',
      'Best for',
      'transactions',
      'analytics dashboards',
      'Wide scans',
    ])
      expect(text, token).toContain(loose(token));
  });

  it('hangs a wrapped code line in from its own indentation, not from the block edge', () => {
    // `    spark-submit … --out "s3://lake/staging/dt=${day}/"` wraps in its last word (after a slash
    // of the path) or before it: under the block's edge plus a hang (less than the line's own four
    // spaces) the wrapped part read as a dedent.
    const words = pdfWords(file('guide.pdf'));
    const start = words.find((w) => w.text === 'spark-submit')!;
    const below = words.filter((w) => w.page === start.page && w.yMin > start.yMax - 1).sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
    const wrapped = below[0];
    expect(wrapped?.text, 'the line wraps in or before its s3:// target').toMatch(/^(?:"s3:\/\/|dt=)/);
    expect(wrapped.xMin - start.xMin, 'the wrapped part starts right of its line').toBeGreaterThan(8);
  });

  it('still numbers the contents and bookmarks with the real pages', async () => {
    const pages = squashedPages(file('guide.pdf'));
    const found = questionPages(deck, pages);
    const toc = new Map(readContents(file('guide.pdf'), deck.sections.length + found.length + 1).map((e) => [e.label, e.page]));
    const outline = new Map((await outlineOf(file('guide.pdf'))).map((e) => [plainQuotes(e.title), e.page]));
    for (const { q, page } of found) {
      expect(page, `Q${q.number} printed`).toBeGreaterThan(0);
      expect(toc.get(`Q${q.number}`), `contents: Q${q.number}`).toBe(page);
      expect(outline.get(`Q${q.number} ${q.text}`), `bookmark: Q${q.number}`).toBe(page);
    }
    expect(outline.get(deck.outro!.title)).toBe(pages.length);
  });

  it('runs a section title with quotes and an ampersand in the running head as written', () => {
    const pages = squashedPages(file('guide.pdf'));
    const section = deck.sections[1];
    expect(section.title).toBe('Pipelines: “batch” & ‘stream’');
    const found = questionPages(deck, pages);
    const onPages = found.filter((x) => x.section === section).map((x) => x.page);
    // A page the section shares with the one before it runs on from is headed by that one (the chapter it opens with).
    const own = [];
    for (let p = Math.min(...onPages); p <= Math.max(...onPages); p++) if (!found.some((x) => x.page === p && x.section !== section)) own.push(p);
    expect(own.length).toBeGreaterThan(0);
    for (const p of own) expect(pages[p - 1].startsWith(squash(`${deck.title} ${section.title}`)), `page ${p}`).toBe(true);
  });

  it('dates the cover and the PDF by SOURCE_DATE_EPOCH when the deck gives no date', () => {
    const cover = squashedPages(file('guide.pdf'))[0];
    expect(cover).toContain('2026-01-01');
    const raw = expandedPdf(file('guide.pdf'));
    expect(raw).toMatch(/\/CreationDate \(D:20260101000000Z/);
  });

  it('highlights code so it reads in grayscale: bold keywords, italic comments', () => {
    const html = readFileSync(file('guide.html'), 'utf8');
    expect(html).toMatch(/<span class="hljs-keyword">(for|if|then)<\/span>/);
    expect(html).toMatch(/<span class="hljs-comment"># already published<\/span>/);
    const fonts = execFileSync('pdffonts', [file('guide.pdf')], { encoding: 'utf8' });
    expect(fonts).toMatch(/SourceCodePro\w*-Bold\b/);
    expect(fonts).toMatch(/SourceCodePro\w*-Italic\b/);
  });
});

describe('guide-booklet.pdf', () => {
  /** The booklet's own length: the "of Y" of its footers (it is typeset on half sheets, apart from guide.pdf). */
  const bookletPages = () => Number(/page \d+ of (\d+)/.exec(squashedPages(file('guide-booklet.pdf')).join(' '))?.[1]);

  it('imposes two pages per landscape Letter side, padded to a multiple of four, in fold order', () => {
    const guidePages = bookletPages();
    expect(guidePages).toBeGreaterThan(pageSizes(file('guide.pdf')).length);
    const padded = Math.ceil(guidePages / 4) * 4;
    const sizes = pageSizes(file('guide-booklet.pdf'));
    expect(sizes.length).toBe(padded / 2);
    for (const s of sizes) expect([Math.round(s.width), Math.round(s.height)]).toEqual([792, 612]);

    const words = pdfWords(file('guide-booklet.pdf'));
    const sides = sizes.map((s, i) => {
      const onSide = words.filter((w) => w.page === i + 1);
      const left = onSide.filter((w) => (w.xMin + w.xMax) / 2 < s.width / 2);
      const right = onSide.filter((w) => (w.xMin + w.xMax) / 2 >= s.width / 2);
      return [pageOnHalf(left, deck.title), pageOnHalf(right, deck.title)];
    });
    const last = (n: number) => (n <= guidePages ? n : null);
    // First sheet: the last page beside the first; every side pairs pages that sum to padded + 1.
    expect(sides[0]).toEqual([last(padded), 1]);
    sides.forEach((side, i) => {
      const sheet = Math.floor(i / 2);
      const expected = i % 2 === 0 ? [padded - 2 * sheet, 2 * sheet + 1] : [2 * sheet + 2, padded - 2 * sheet - 1];
      expect(side, `side ${i + 1}`).toEqual(expected.map(last));
    });
    // Every guide page appears exactly once.
    expect(
      sides
        .flat()
        .filter((p) => p !== null)
        .sort((a, b) => a! - b!),
    ).toEqual(Array.from({ length: guidePages }, (_, i) => i + 1));
  });

  it("is typeset on half-letter pages at 100 %, in the guide's type sizes", () => {
    // Every word sits inside its half: a page typeset at 5.5 × 8.5 in fills the half exactly.
    const words = pdfWords(file('guide-booklet.pdf'));
    const across = words.filter((w) => w.xMin < 396 && w.xMax > 396);
    expect(across.map((w) => `side ${w.page}: ${w.text}`)).toEqual([]);
    // Text, headings and code print at the same sizes as in guide.pdf: the commonest size of each face.
    const sizes = (pdf: string) => {
      const count = new Map<string, Map<number, number>>();
      for (const run of textRuns(file(pdf))) {
        const face = run.font.replace(/^[A-Z]{6}\+/, '');
        const bySize = count.get(face) ?? new Map<number, number>();
        count.set(face, bySize.set(run.size, (bySize.get(run.size) ?? 0) + 1));
      }
      return Object.fromEntries([...count].map(([face, bySize]) => [face, [...bySize].sort((a, b) => b[1] - a[1])[0][0]]));
    };
    const guide = sizes('guide.pdf');
    expect(guide['SourceSerif4-Regular'], 'body text').toBe(11);
    expect(sizes('guide-booklet.pdf')).toEqual(guide);
  });

  it("opens every question's bookmark and contents link on the side that shows its heading", async () => {
    // The text of each half of each side, read apart: index 2 × (side − 1) + (0 left, 1 right).
    const words = pdfWords(file('guide-booklet.pdf'));
    const halves = pageSizes(file('guide-booklet.pdf')).flatMap((size, i) =>
      [0, 1].map((slot) => readLines(words.filter((w) => w.page === i + 1 && (w.xMin + w.xMax) / 2 < size.width / 2 === (slot === 0)))),
    );
    const marks = (await outlineOf(file('guide-booklet.pdf'))).filter((e) => /^Q\d+ /.test(e.title));
    expect(marks.length).toBe(allQuestions(deck).length);
    const links = await linkSides(file('guide-booklet.pdf'));
    for (const q of allQuestions(deck)) {
      const side = Math.ceil(headingPage(halves, q) / 2);
      expect(side, `Q${q.number} heading found`).toBeGreaterThan(0);
      expect(marks.find((m) => m.title.startsWith(`Q${q.number} `))?.page, `Q${q.number} bookmark`).toBe(side);
      expect(links, `Q${q.number}: a contents link opens side ${side}`).toContain(side);
    }
  });

  it('asks the print dialog for short-edge duplex at actual size', () => {
    const raw = expandedPdf(file('guide-booklet.pdf'));
    expect(raw).toMatch(/\/Duplex\s*\/DuplexFlipShortEdge/);
    expect(raw).toMatch(/\/PrintScaling\s*\/None/);
  });

  it('keeps the guide as vector text and names itself', () => {
    const info = pdfInfo(file('guide-booklet.pdf'));
    expect(info.Title).toBe(`${deck.title} (booklet)`);
    expect(squashedPages(file('guide-booklet.pdf')).join(' ')).toContain(allQuestions(deck)[0].text);
  });
});

describe('tables in narrow columns', () => {
  /**
   * How the words of table cells break in a PDF: `cut`, printed words that end inside a cell's
   * word with no hyphen ("Propert" of "Property": not a word of the deck, no hyphen, the start
   * of a cell's word); `hyphenated`, the starts of cells' words printed with a hyphen. Cells
   * holding code or addresses may break anywhere and are left out.
   */
  function tableBreaks(pdf: string): { cut: string[]; hyphenated: string[] } {
    const source = readFileSync(DECK, 'utf8');
    const wordsOf = (text: string) => text.match(/\p{L}+/gu) ?? [];
    const cells = source
      .split('\n')
      .filter((line) => line.startsWith('|') && !/^[\s|:-]+$/.test(line))
      .flatMap((line) => line.split('|'))
      .filter((cell) => !cell.includes('`') && !/https?:/.test(cell));
    const cellWords = [...new Set(cells.flatMap(wordsOf))].filter((w) => w.length >= 4);
    const deckWords = new Set(wordsOf(source));
    const starts = (t: string) => cellWords.some((w) => w !== t && w.startsWith(t));
    const printed = pdfWords(pdf).map((w) => w.text.replace(/^[^\p{L}]+|[^\p{L}\-\u2010]+$/gu, ''));
    return {
      cut: printed.filter((t) => t && !/[-\u2010]$/.test(t) && !deckWords.has(t) && starts(t)),
      hyphenated: printed.filter((t) => /[-\u2010]$/.test(t) && starts(t.slice(0, -1))),
    };
  }

  it('break a word only at a syllable, with a hyphen, in the guide and on the half-letter booklet page', () => {
    for (const pdf of ['guide.pdf', 'guide-booklet.pdf']) expect(tableBreaks(file(pdf)).cut, pdf).toEqual([]);
    // The eight-column table is narrow enough on the booklet's page to need hyphens at all.
    expect(tableBreaks(file('guide-booklet.pdf')).hyphenated.length).toBeGreaterThan(0);
  });
});
