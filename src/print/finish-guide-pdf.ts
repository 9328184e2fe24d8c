import type { PDFDocument } from 'pdf-lib';
import type { PageMap } from '../render/view.js';
import { destinationPages } from './pdf-dests.js';
import { loadPdf, savePdf } from './pdf-io.js';
import { writeDocumentInfo, type PdfMetadata } from './pdf-metadata.js';
import { writeOutline, type OutlineItem } from './write-outline.js';

/** What a printed guide gets written into it: its bookmarks and its document information. */
export interface GuideFinish {
  outline: OutlineItem[];
  /** Its date is set by the caller: a thread's environment is not the build's to read. */
  info: PdfMetadata;
}

/** A printed guide read and finished: where its headings landed, and the file to write. */
export interface FinishedGuide {
  /** Page of every named destination (the contents' link targets), as printed. */
  pages: PageMap;
  bytes: Uint8Array;
  pageCount: number;
}

/**
 * Reads where a printed guide's headings landed and writes its outline and document information
 * in the same load, then saves it: all in pdf-lib, so it can run on a thread of its own
 * (pdf-thread.ts) while the browser's pages are served. The saved bytes are kept only when the
 * pages agree with the ones the guide was printed with (print-guide.ts).
 */
export async function finishGuidePdf(pdf: Uint8Array, finish: GuideFinish): Promise<FinishedGuide> {
  const doc = await loadPdf(pdf);
  return finishLoaded(doc, finish, destinationPages(doc));
}

/** A loaded guide (`pages`: its destinations' pages, read before) given its outline and information, and saved. */
export async function finishLoaded(doc: PDFDocument, finish: GuideFinish, pages: PageMap): Promise<FinishedGuide> {
  writeOutline(doc, finish.outline);
  writeDocumentInfo(doc, finish.info);
  return { pages, bytes: await savePdf(doc), pageCount: doc.getPageCount() };
}
