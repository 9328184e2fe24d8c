import { PDFDocument } from 'pdf-lib';
import { sourceDate } from '../source-date.js';
import { loadPdf, savePdf } from './pdf-io.js';

export interface PdfMetadata {
  title: string;
  author?: string;
  subject?: string;
  keywords?: string[];
  /** Fixed dates keep builds reproducible (SOURCE_DATE_EPOCH). */
  date?: Date;
}

/** Writes the document information (title, author, subject, keywords, dates) into a loaded PDF. */
export function writeDocumentInfo(doc: PDFDocument, meta: PdfMetadata): void {
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.author) doc.setAuthor(meta.author);
  if (meta.subject) doc.setSubject(meta.subject);
  // One comma-separated string: pdf-lib would join a list with spaces, merging multi-word tags.
  if (meta.keywords?.length) doc.setKeywords([meta.keywords.join(', ')]);
  doc.setCreator('studyguide');
  doc.setProducer('studyguide (Chromium, pdf-lib)');
  const date = meta.date ?? sourceDate();
  if (date) {
    doc.setCreationDate(date);
    doc.setModificationDate(date);
  }
}

/** Sets the document information (title, author, subject, keywords) and returns the page count. */
export async function setPdfMetadata(pdf: Uint8Array, meta: PdfMetadata): Promise<{ bytes: Uint8Array; pages: number }> {
  const doc = await loadPdf(pdf);
  writeDocumentInfo(doc, meta);
  const bytes = await savePdf(doc);
  return { bytes, pages: doc.getPageCount() };
}
