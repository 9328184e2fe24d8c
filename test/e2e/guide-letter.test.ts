import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadDeck } from '../../src/content/load-deck.js';
import { allQuestions, type Deck } from '../../src/model/deck.js';
import { buildWith, pageSizes, pdfInfo, tempDir } from '../helpers.js';
import { loose, mm, outlineOf, plainQuotes, pdfWords, questionPages, readContents, squashedPages, type Word } from './guide-reading.js';

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
    const { result } = await buildWith({ paths: [DECK], outDir: out, paper: 'letter', booklet: true });
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
      'Best for', 'transactions', 'analytics dashboards', 'Wide scans',
    ]) expect(text, token).toContain(loose(token));
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
    expect(section.title).toBe(`Pipelines: "batch" & 'stream'`);
    const onPages = questionPages(deck, pages).filter((x) => x.section === section).map((x) => x.page);
    for (let p = Math.min(...onPages); p <= Math.max(...onPages); p++) {
      expect(pages[p - 1].startsWith(`${deck.title} ${section.title}`), `page ${p}`).toBe(true);
    }
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
  it('imposes two pages per landscape Letter side, padded to a multiple of four, in fold order', () => {
    const guidePages = pageSizes(file('guide.pdf')).length;
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
    expect(sides.flat().filter((p) => p !== null).sort((a, b) => a! - b!)).toEqual(Array.from({ length: guidePages }, (_, i) => i + 1));
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
