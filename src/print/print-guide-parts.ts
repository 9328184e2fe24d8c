import { PDFDocument } from 'pdf-lib';
import type { Deck } from '../model/deck.js';
import type { GuidePart } from '../render/render-guide.js';
import type { PageMap } from '../render/view.js';
import type { BrowserSession } from './browser-session.js';
import { inParallel, PART_QUESTIONS, planParts, startsOf } from './print-parts.js';
import { printHtml } from './print-pdf.js';
import { destinationPages } from './pdf-dests.js';
import { mergeCounted } from './merge-pdfs.js';
import { loadPdf } from './pdf-io.js';


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
 * Prints a large guide as a front (cover, contents) and body parts, each its own small
 * document, and joins them. A first round of untagged drafts tells how many pages each part has
 * and where its headings land; the final round prints the front with the contents' page numbers
 * and each body part numbered on from where the one before ended ("page X of Y"), starting on a
 * left page with a blank lead page where its first page is even.
 */
export async function printGuideInParts(session: BrowserSession, deck: Deck, render: PartsRender, size = PART_QUESTIONS, onPages?: (pages: PageMap) => void, maxRounds = 4): Promise<PrintedParts> {
  const front: GuidePart = { front: true, slices: [], outro: false };
  const body = planParts(deck, size);
  const blocked = new Set<string>();
  const print = async (html: string, tagged: boolean) => {
    const result = await session.withPage((page) => printHtml(page, html, { tagged, outline: false }), 'printing a part of guide.pdf', true);
    result.blocked.forEach((url) => blocked.add(url));
    return result.pdf;
  };

  // Round 1: untagged drafts, for page counts and where each heading lands within its part.
  const drafts = await inParallel([front, ...body], async (part) => {
    const doc = await loadPdf(await print(render(new Map(), part), false));
    return { count: doc.getPageCount(), local: destinationPages(doc) };
  });
  let frontCount = drafts[0].count;
  const bodyCounts = drafts.slice(1).map((d) => d.count);
  const bodyLocal = drafts.slice(1).map((d) => d.local);

  // Final rounds: the front (now with page numbers) and the body parts side by side, each
  // numbered from its start; joined, then checked against the drafts' lengths (the front's
  // numbers can change how it wraps). A length that moved means another round.
  for (let round = 2; ; round++) {
    const starts = startsOf(frontCount, bodyCounts);
    const total = frontCount + bodyCounts.reduce((a, b) => a + b, 0);
    const pages: PageMap = new Map();
    bodyLocal.forEach((local, i) => local.forEach((page, id) => pages.set(id, starts[i] + page - 1)));
    if (round === 2) onPages?.(pages);
    const finals = await inParallel([front, ...body], async (part, i) => {
      if (i === 0) return { pdf: await print(render(pages, { ...front, totalPages: total }), true), dropFirstPage: false };
      const leadBlank = starts[i - 1] % 2 === 0;
      return { pdf: await print(render(pages, { ...part, firstPage: starts[i - 1], totalPages: total, leadBlank }), true), dropFirstPage: leadBlank };
    });
    const { doc, counts } = await mergeCounted(finals);
    const printed = counts.map((count, i) => count - (finals[i].dropFirstPage ? 1 : 0));
    const settled = printed[0] === frontCount && printed.slice(1).every((count, i) => count === bodyCounts[i]);
    if (settled || round >= maxRounds) return { doc, pages: destinationPages(doc), blocked: [...blocked], passes: round, settled };
    frontCount = printed[0];
    printed.slice(1).forEach((count, i) => (bodyCounts[i] = count));
  }
}
