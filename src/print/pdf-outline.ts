import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';

/** One bookmark as a reader shows it: title, 1-based page (when it points at one) and depth. */
export interface OutlineEntry {
  title: string;
  page?: number;
  depth: number;
}

/** Visits every outline item of the document, depth first, in reading order. */
function forEachItem(doc: PDFDocument, visit: (item: PDFDict, depth: number) => void): void {
  const root = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const walk = (ref: unknown, depth: number) => {
    // Guard against cycles in a malformed outline: each item is visited once.
    const seen = new Set<string>();
    for (let at = ref; at instanceof PDFRef && !seen.has(at.toString());) {
      seen.add(at.toString());
      const item = doc.context.lookup(at, PDFDict);
      visit(item, depth);
      walk(item.get(PDFName.of('First')), depth + 1);
      at = item.get(PDFName.of('Next'));
    }
  };
  if (root) walk(root.get(PDFName.of('First')), 0);
}

function titleOf(item: PDFDict): string {
  const title = item.lookup(PDFName.of('Title'));
  return title instanceof PDFHexString || title instanceof PDFString ? title.decodeText() : '';
}

/** The outline (bookmarks) of a document with the page each entry opens. */
export function readOutline(doc: PDFDocument): OutlineEntry[] {
  const pageIndex = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i + 1]));
  const entries: OutlineEntry[] = [];
  forEachItem(doc, (item, depth) => {
    const dest = item.lookup(PDFName.of('Dest'));
    const target = dest instanceof PDFArray ? dest.get(0) : undefined;
    entries.push({ title: titleOf(item), depth, page: target instanceof PDFRef ? pageIndex.get(target.toString()) : undefined });
  });
  return entries;
}
