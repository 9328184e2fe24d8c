import type { PageMap } from '../render/view.js';
import { finishLoaded, type FinishedGuide, type GuideFinish } from './finish-guide-pdf.js';
import { mergeCounted, type PdfPart } from './merge-pdfs.js';
import { destinationPages } from './pdf-dests.js';

/** What a guide printed in parts was numbered with: where each cited heading lands, and each part's page count (the front's first). */
export interface PartsExpected {
  pages: [string, number][];
  counts: number[];
}

/** A guide's parts joined and checked: saved when they agree with what they were numbered with. */
export interface JoinedParts {
  /** Page of every named destination in the joined document. */
  pages: PageMap;
  /** Pages each part printed, a dropped lead page not counted. */
  counts: number[];
  /** True when the pages and counts are the ones expected. */
  settled: boolean;
  /** The joined guide with its outline and information, saved: when settled, or when `last`. */
  finished?: FinishedGuide;
  /** The parts' prints handed back when not finished: the next round keeps those it prints alike. */
  parts?: PdfPart[];
}

/**
 * Joins a guide's parts (merge-pdfs.ts), reads where its headings landed and, when they and the
 * parts' lengths are the ones the parts were numbered with (or on the `last` round whatever they
 * are), writes its outline and information and saves it. Runs on the guide's PDF thread
 * (pdf-thread.ts): the join and save of a 5,000-question guide held the build's thread and its
 * heap at the build's memory peak. The parts' prints are let go before the save; when not
 * settled, they are handed back instead.
 */
export async function joinGuideParts(parts: PdfPart[], expected: PartsExpected, finish: GuideFinish, last: boolean): Promise<JoinedParts> {
  const { doc, counts } = await mergeCounted(parts);
  const printed = counts.map((count, i) => count - (parts[i].dropFirstPage ? 1 : 0));
  const pages = destinationPages(doc);
  const settled = expected.pages.every(([id, page]) => pages.get(id) === page) && printed.every((count, i) => count === expected.counts[i]);
  if (!settled && !last) return { pages, counts: printed, settled, parts };
  // The joined document holds every object now: the prints are no longer needed through the save.
  parts.length = 0;
  return { pages, counts: printed, settled, finished: await finishLoaded(doc, finish, pages) };
}
