import { beginMarkedContent, endMarkedContent, type PDFDocument } from 'pdf-lib';
import { loadPdf } from './pdf-io.js';

/**
 * Lays each page of `stamps` over the page of `doc` at the same index: page numbers printed once
 * for a document printed in parts (each part then prints once, not once more for its numbers).
 * What Chromium drew on the stamp's page is drawn as it was, in its faces and at its place, as an
 * artifact: page furniture a screen reader skips, outside the structure tree. The stamp's pages
 * must be as many as the document's and of its size; its objects (the faces) are copied once.
 */
export async function stampPages(doc: PDFDocument, stamps: Uint8Array): Promise<void> {
  const source = await loadPdf(stamps);
  const pages = doc.getPages();
  if (source.getPageCount() !== pages.length) throw new Error(`stamping ${source.getPageCount()} pages over ${pages.length}`);
  const embedded = await doc.embedPages(source.getPages());
  pages.forEach((page, i) => {
    page.pushOperators(beginMarkedContent('Artifact'));
    page.drawPage(embedded[i]);
    page.pushOperators(endMarkedContent());
  });
  // Written into the document now: the steps before saving read its pages' objects.
  await doc.flush();
}
