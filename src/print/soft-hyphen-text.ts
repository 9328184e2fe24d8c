import { PDFArray, PDFDocument, PDFName, PDFRawStream, PDFRef, type PDFObject } from 'pdf-lib';
import { replaceStream, streamText } from './pdf-streams.js';

/**
 * The text a reader copies or searches for should not carry our soft hyphens. Chromium writes
 * each one that did not break a line as an invisible glyph whose marked-content span says
 * `/ActualText <FEFF00AD>`, and a ligature across one as `<FEFF 0066 00AD 0066 …>`: a search
 * for "capacity" fails on "ca­pac­i­ty" and a copied paragraph is full of U+00AD. We take the
 * U+00AD out of those spans, and a span that is nothing but a soft hyphen goes with its glyph
 * (its move stays, so the text after it does not shift). The hyphen printed where a line did
 * break is a real glyph and stays.
 */
export function dropSoftHyphenText(doc: PDFDocument): void {
  for (const page of doc.getPages()) {
    const contents = page.node.get(PDFName.of('Contents'));
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
    for (const ref of refs) if (ref instanceof PDFRef) rewrite(doc, ref);
  }
}

/** A span holding only a soft hyphen: the move to its place, its invisible glyph. */
const LONE = /\/Span\s*<<\s*\/ActualText <FEFF00AD>\s*>>\s*BDC\s+(-?[\d.]+ -?[\d.]+ Td)\s+<[0-9A-Fa-f]+> Tj\s+EMC/gi;
const SPAN = /\/ActualText <FEFF([0-9A-Fa-f]*)>/g;

function rewrite(doc: PDFDocument, ref: PDFRef): void {
  const stream: PDFObject | undefined = doc.context.lookup(ref);
  if (!(stream instanceof PDFRawStream)) return;
  const text = streamText(stream);
  if (!/\/ActualText <FEFF(?:[0-9A-Fa-f]{4})*00AD/i.test(text)) return;
  const fixed = text.replace(LONE, '$1').replace(SPAN, (_, hex: string) => `/ActualText <FEFF${withoutSoftHyphens(hex)}>`);
  replaceStream(doc, ref, stream, fixed);
}

/** `0066 00AD 0069` → `0066 0069` (UTF-16BE code units, four hex digits each). */
function withoutSoftHyphens(hex: string): string {
  return (hex.match(/.{4}/g) ?? []).filter((unit) => unit.toUpperCase() !== '00AD').join('');
}
