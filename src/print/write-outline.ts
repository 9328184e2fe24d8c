import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNull, PDFNumber, PDFRef, type PDFObject } from 'pdf-lib';

/** A bookmark to write: where it opens is a named destination or a page (0-based). */
export interface OutlineItem {
  title: string;
  dest?: string;
  page?: number;
  children?: OutlineItem[];
}

import { decodeName } from './pdf-dests.js';

const name = (n: string) => PDFName.of(n);

/**
 * Writes the document outline (bookmarks) from a tree of items, replacing any outline already
 * there. Named targets become explicit destinations taken from the document's /Dests, so a
 * reader opens the heading's spot; an item whose target is missing opens its page's top.
 */
export function writeOutline(doc: PDFDocument, items: OutlineItem[]): void {
  const { context } = doc;
  const dests = doc.catalog.lookupMaybe(name('Dests'), PDFDict);
  // By the id each name came from: a non-ASCII id is written escaped (and percent-encoded).
  const byId = new Map([...(dests?.entries() ?? [])].map(([key, value]) => [decodeName(key.asString()), value]));
  const pages = doc.getPages();
  const destOf = (item: OutlineItem): PDFObject | undefined => {
    if (item.dest !== undefined) {
      const found = dests?.get(name(item.dest)) ?? byId.get(item.dest);
      const resolved = found instanceof PDFRef ? context.lookup(found) : found;
      if (resolved instanceof PDFArray) return resolved;
    }
    const page = pages[item.page ?? -1];
    return page ? context.obj([page.ref, name('XYZ'), PDFNull, PDFNull, PDFNull]) : undefined;
  };
  const rootRef = context.nextRef();
  // Writes a run of siblings under parentRef; returns [first, last, visible descendants].
  const writeLevel = (level: OutlineItem[], parentRef: PDFRef): [PDFRef, PDFRef, number] | undefined => {
    if (!level.length) return undefined;
    const refs = level.map(() => context.nextRef());
    let count = level.length;
    level.forEach((item, i) => {
      const dict: Record<string, PDFObject> = { Title: PDFHexString.fromText(item.title), Parent: parentRef };
      const dest = destOf(item);
      if (dest) dict.Dest = dest;
      if (i > 0) dict.Prev = refs[i - 1];
      if (i < level.length - 1) dict.Next = refs[i + 1];
      const below = writeLevel(item.children ?? [], refs[i]);
      if (below) {
        dict.First = below[0];
        dict.Last = below[1];
        dict.Count = PDFNumber.of(below[2]);
        count += below[2];
      }
      context.assign(refs[i], context.obj(dict));
    });
    return [refs[0], refs[refs.length - 1], count];
  };
  const top = writeLevel(items, rootRef);
  const root: Record<string, PDFObject> = { Type: name('Outlines') };
  if (top) Object.assign(root, { First: top[0], Last: top[1], Count: PDFNumber.of(top[2]) });
  context.assign(rootRef, context.obj(root));
  doc.catalog.set(name('Outlines'), rootRef);
}
