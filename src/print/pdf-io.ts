import { ParseSpeeds, PDFDocument } from 'pdf-lib';
import { dropSoftHyphenText } from './soft-hyphen-text.js';
import { plainHyphenText } from './hyphen-text.js';
import { renumberStructureIds } from './pdf-structure-ids.js';
// Loaded for its effect: pdf-lib deflates what it writes with Node's zlib, not pako.
import './pdf-deflate.js';

// pdf-lib yields to the event loop every 100 objects it parses and every 50 it writes, each
// time through setTimeout(0), which Node rounds up to a millisecond: a 2,000-page tagged guide
// (half a million objects) spent over ten seconds waiting. We parse and write in one go.

/** Loads a PDF for reading or editing, keeping its metadata as it is. */
export function loadPdf(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
}

/**
 * Serializes a document compactly (objects packed into compressed object streams): its text
 * layer without our soft hyphens and with a plain hyphen for the non-breaking one, structure ids renamed so that two prints of one page give the
 * same bytes (pdf-structure-ids.ts).
 */
export function savePdf(doc: PDFDocument): Promise<Uint8Array> {
  dropSoftHyphenText(doc);
  plainHyphenText(doc);
  renumberStructureIds(doc);
  return doc.save({ useObjectStreams: true, objectsPerTick: Infinity });
}
