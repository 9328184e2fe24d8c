import { PDFDocument, PDFName, PDFDict, PDFArray, PDFRef } from 'pdf-lib';
import { loadPdf } from './pdf-io.js';

/**
 * Page numbers (1-based) of the link targets Chromium recorded as named destinations:
 * every element id that an internal `<a href="#id">` points at.
 */
export async function readDestinationPages(pdf: Uint8Array): Promise<Map<string, number>> {
  return destinationPages(await loadPdf(pdf));
}

/** The same from a loaded document. */
export function destinationPages(doc: PDFDocument): Map<string, number> {
  const pageIndex = new Map<string, number>();
  doc.getPages().forEach((p, i) => pageIndex.set(p.ref.toString(), i + 1));
  const pages = new Map<string, number>();
  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  if (!dests) return pages;
  for (const [key, value] of dests.entries()) {
    const dest = value instanceof PDFRef ? doc.context.lookup(value) : value;
    const target = dest instanceof PDFArray ? dest.get(0) : undefined;
    const page = target instanceof PDFRef ? pageIndex.get(target.toString()) : undefined;
    if (page) pages.set(decodeName(key.asString()), page);
  }
  return pages;
}

/**
 * A destination name as the element id it came from. PDF names escape bytes as #xx, and
 * Chromium writes the link's URL fragment, so non-ASCII ids arrive percent-encoded as well.
 */
export function decodeName(name: string): string {
  const raw = name.replace(/^\//, '');
  const bytes: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === '#' && /^[0-9a-fA-F]{2}$/.test(raw.slice(i + 1, i + 3))) {
      bytes.push(parseInt(raw.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(raw.charCodeAt(i));
  }
  const text = Buffer.from(bytes).toString('utf8');
  try {
    return decodeURIComponent(text);
  } catch {
    return text; // a lone % that is not an escape
  }
}
