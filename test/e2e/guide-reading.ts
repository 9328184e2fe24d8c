/** Readers for the printed guide, used by the guide-*.test.ts files: what a person would look up. */
import { readFileSync } from 'node:fs';
import { PDFArray, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { decodeName } from '../../src/print/pdf-dests.js';
import type { Deck, Question } from '../../src/model/deck.js';
import { readOutline, type OutlineEntry } from '../../src/print/pdf-outline.js';
import { pdfPages, squash } from '../helpers.js';
import { pdfToolOutput } from '../pdf-tool-output.js';
import { untypeset } from '../untypeset.js';
import { NEW_PAGE_FILL } from '../../src/print/plan-section-breaks.js';

/** One entry of the printed contents: `Q12 …  7` or a section line. */
export interface TocEntry {
  label: string;
  page: number;
}

/**
 * Reads the first `count` entries of the printed contents (pdftotext -layout): a line starting
 * `Qn` opens a question entry, the next number at a line's end is its page (a wrapped entry
 * carries it on its last line); any other line ending in a number is a section entry.
 */
export function readContents(file: string, count: number): TocEntry[] {
  const lines = pdfPages(file, true).join('\n').split('\n');
  const start = lines.findIndex((l) => /^\s*Contents\s*$/.test(l));
  const entries: TocEntry[] = [];
  let open: string | undefined;
  for (const line of lines.slice(start + 1)) {
    if (entries.length === count) break;
    const q = /^\s+(Q\d+)\s/.exec(line);
    if (q) open = q[1];
    const end = /\s{2,}(\d+)\s*$/.exec(line);
    if (!end || /page \d+ of \d+/.test(line)) continue;
    entries.push({ label: open ?? squash(line.slice(0, end.index)), page: Number(end[1]) });
    open = undefined;
  }
  return entries;
}

/** Text of each page with whitespace collapsed. */
export const squashedPages = (file: string): string[] => pdfPages(file).map(squash);

/**
 * Text compared without spaces, hyphens and typographic quotes: pdftotext joins a line that ends in a hyphen with
 * the next ("multi-" + "tenancy" → "multitenancy"), and a wrap may or may not leave a space.
 */
export const loose = (text: string): string => plainQuotes(text).replace(/[\s\-\u2010\u2011\u00ad]+/g, '');

/** The guide prints typographic quotes, apostrophes and ellipses where the deck has straight ones. */
export const plainQuotes = untypeset;

/**
 * loose() of whole pages, kept: every question is looked up on every page, so without it a
 * guide's pages are rewritten questions × pages times. Emptied when it grows (workers are shared).
 */
const loosePages = new Map<string, string>();
function loosePage(page: string): string {
  let text = loosePages.get(page);
  if (text === undefined) {
    if (loosePages.size > 5000) loosePages.clear();
    text = loose(page);
    loosePages.set(page, text);
  }
  return text;
}

/** Where a question's heading starts in a page's text (loose), or -1. */
export function headingIndex(page: string, q: Question): number {
  const heading = loose(`Q${q.number} ${q.text}`);
  const text = loosePage(page);
  // The level badge's dots follow the heading (in a bank that grades no question, its tags or
  // answer do); in the contents a page number does.
  for (let at = text.indexOf(heading); at >= 0; at = text.indexOf(heading, at + 1)) {
    if (/^(?:[●○]|(?!\d))/.test(text.slice(at + heading.length))) return at;
  }
  return -1;
}

/** The 1-based page on which a question's heading is printed (0 when it is nowhere). */
export function headingPage(pages: string[], q: Question): number {
  return pages.findIndex((p) => headingIndex(p, q) >= 0) + 1;
}

type QuestionPage = { q: Question; section: Deck['sections'][number]; page: number };
/** Found once per deck and page list: tests ask for them inside their loops. */
const found = new WeakMap<Deck, WeakMap<string[], QuestionPage[]>>();

/** Every question of the deck with the page its heading is on (do not change the array returned). */
export function questionPages(deck: Deck, pages: string[]): QuestionPage[] {
  const byPages = found.get(deck) ?? new WeakMap<string[], QuestionPage[]>();
  found.set(deck, byPages);
  let list = byPages.get(pages);
  if (!list) {
    list = deck.sections.flatMap((s) => s.questions.map((q) => ({ q, section: s, page: headingPage(pages, q) })));
    byPages.set(pages, list);
  }
  return list;
}

/** The outline (bookmarks) of a PDF file. */
export async function outlineOf(file: string): Promise<OutlineEntry[]> {
  return readOutline(await PDFDocument.load(readFileSync(file), { updateMetadata: false }));
}

/** A word pdftotext found, with its box in points (origin top-left). */
export interface Word {
  page: number;
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  pageWidth: number;
  pageHeight: number;
}

/** Every word of a PDF with its position (pdftotext -bbox). */
export function pdfWords(file: string): Word[] {
  const html = pdfToolOutput('pdftotext', ['-bbox'], file, ['-']);
  const words: Word[] = [];
  let page = 0;
  let size = { w: 0, h: 0 };
  for (const m of html.matchAll(
    /<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
  )) {
    if (m[1]) {
      page++;
      size = { w: Number(m[1]), h: Number(m[2]) };
    } else {
      words.push({
        page,
        text: decodeEntities(m[7]),
        xMin: Number(m[3]),
        yMin: Number(m[4]),
        xMax: Number(m[5]),
        yMax: Number(m[6]),
        pageWidth: size.w,
        pageHeight: size.h,
      });
    }
  }
  return words;
}

const decodeEntities = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** Millimetres to points. */
export const mm = (n: number): number => (n * 72) / 25.4;

/** The named destinations the link annotations of one page (1-based) point at, in order. */
export async function linkTargets(file: string, page: number): Promise<string[]> {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  const annots = doc.getPage(page - 1).node.lookupMaybe(PDFName.of('Annots'), PDFArray);
  const targets: string[] = [];
  for (let i = 0; i < (annots?.size() ?? 0); i++) {
    const annot = annots!.lookup(i, PDFDict);
    const dest = annot.get(PDFName.of('Dest'));
    if (annot.get(PDFName.of('Subtype')) === PDFName.of('Link') && dest instanceof PDFName) targets.push(decodeName(dest.asString()));
  }
  return targets;
}

/**
 * A section runs on under the page before when that page is less than NEW_PAGE_FILL full, its
 * first question let break there when kept whole it would not fit; only a question whose heading
 * and "In short" box do not fit in what is left still opens the next page. So a section opening a
 * page leaves the page before about two-thirds full at least (the Kubernetes guide's page 4 was
 * 63 % full, its next section's first question kept whole on page 5).
 */
export const OPENS_AFTER_FILL = NEW_PAGE_FILL - 0.1;
