import { PDFDocument } from 'pdf-lib';
import type { Deck } from '../content/model.js';
import type { GuidePart, GuideSlice } from '../render/render-guide.js';
import type { PageMap } from '../render/view.js';
import type { BrowserSession } from './browser-session.js';
import { eachLimited } from '../each-limited.js';
import { printHtml } from './print-pdf.js';
import { destinationPages } from './pdf-dests.js';
import { mergePdfParts } from './merge-pdfs.js';

/** Questions per printed part: small enough that Chromium's per-page cost stays flat. */
export const PART_QUESTIONS = 150;
/** Parts printed side by side (one per core). */
const PART_CONCURRENCY = 2;

export interface PartsRender {
  (pages: PageMap, part: GuidePart | undefined): string;
}

export interface PrintedParts {
  doc: PDFDocument;
  pages: PageMap;
  blocked: string[];
  passes: number;
  settled: boolean;
}

/**
 * Body slices of about PART_QUESTIONS questions each, cut between sections where it can and
 * inside a section only when the section alone is larger. The outro goes with the last part.
 */
export function planParts(deck: Deck, size = PART_QUESTIONS): GuidePart[] {
  const parts: GuideSlice[][] = [[]];
  let count = 0;
  deck.sections.forEach((section, index) => {
    const n = section.questions.length;
    if (count > 0 && count + n > size) {
      parts.push([]);
      count = 0;
    }
    for (let from = 0; from < n || (n === 0 && from === 0); from += size) {
      if (count >= size) {
        parts.push([]);
        count = 0;
      }
      const to = Math.min(n, from + size);
      parts[parts.length - 1].push({ section: index, from, to });
      count += to - from;
      if (n === 0) break;
    }
  });
  return parts.map((slices, i) => ({ front: false, slices, outro: i === parts.length - 1 }));
}

/**
 * Prints a large guide as a front (cover, contents) and body parts, each its own small
 * document, and joins them. A first round of untagged drafts tells how many pages each part has
 * and where its headings land; the final round prints the front with the contents' page numbers
 * and each body part numbered on from where the one before ended ("page X of Y"), starting on a
 * left page with a blank lead page where its first page is even. Reprints while the front's
 * length moves (the numbers it shows can change how it wraps).
 */
export async function printGuideInParts(session: BrowserSession, deck: Deck, render: PartsRender, size = PART_QUESTIONS, maxRounds = 4): Promise<PrintedParts> {
  const front: GuidePart = { front: true, slices: [], outro: false };
  const body = planParts(deck, size);
  const blocked = new Set<string>();
  const print = async (html: string, tagged: boolean) => {
    const result = await session.withPage((page) => printHtml(page, html, { tagged, outline: false }));
    result.blocked.forEach((url) => blocked.add(url));
    const doc = await PDFDocument.load(result.pdf, { updateMetadata: false });
    return { pdf: result.pdf, count: doc.getPageCount(), local: destinationPages(doc) };
  };

  // Round 1: drafts, for page counts and where each heading lands within its part.
  const drafts = await inParallel([front, ...body], (part) => print(render(new Map(), part), false));
  let frontCount = drafts[0].count;
  const bodyCounts = drafts.slice(1).map((d) => d.count);
  const bodyLocal = drafts.slice(1).map((d) => d.local);

  for (let round = 2; ; round++) {
    const starts = startsOf(frontCount, bodyCounts);
    const total = frontCount + bodyCounts.reduce((a, b) => a + b, 0);
    const pages: PageMap = new Map();
    bodyLocal.forEach((local, i) => local.forEach((page, id) => pages.set(id, starts[i] + page - 1)));
    const finalFront = await print(render(pages, { ...front, totalPages: total }), true);
    const last = round >= maxRounds;
    if (finalFront.count !== frontCount && !last) {
      frontCount = finalFront.count;
      continue;
    }
    const finals = await inParallel(body, (part, i) => {
      const leadBlank = starts[i] % 2 === 0;
      return print(render(pages, { ...part, firstPage: starts[i], totalPages: total, leadBlank }), true).then((r) => ({ ...r, leadBlank }));
    });
    const moved = finals.some((f, i) => f.count - (f.leadBlank ? 1 : 0) !== bodyCounts[i]);
    if (moved && !last) {
      finals.forEach((f, i) => (bodyCounts[i] = f.count - (f.leadBlank ? 1 : 0)));
      frontCount = finalFront.count;
      continue;
    }
    const doc = await mergePdfParts([{ pdf: finalFront.pdf }, ...finals.map((f) => ({ pdf: f.pdf, dropFirstPage: f.leadBlank }))]);
    const settled = !moved && finalFront.count === frontCount;
    return { doc, pages: destinationPages(doc), blocked: [...blocked], passes: round, settled };
  }
}

/** First page (1-based) of each body part after a front of `front` pages. */
function startsOf(front: number, counts: number[]): number[] {
  let next = front + 1;
  return counts.map((count) => {
    const start = next;
    next += count;
    return start;
  });
}

async function inParallel<T, R>(items: T[], fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  await eachLimited(items.map((_, i) => i), PART_CONCURRENCY, async (i) => {
    results[i] = await fn(items[i], i);
  });
  return results;
}
