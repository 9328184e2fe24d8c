import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFPage, PDFPageLeaf, PDFRef, type PDFObject } from 'pdf-lib';
import { ObjectMover } from './move-objects.js';
import { loadPdf } from './pdf-io.js';
import { qualifyStructureIds } from './pdf-structure-ids.js';

/** One printed document to join, optionally without its first page (a blank lead page). */
export interface PdfPart {
  pdf: Uint8Array;
  dropFirstPage?: boolean;
}

const name = (n: string) => PDFName.of(n);

/**
 * Joins documents Chromium printed in parts into one, keeping what makes them more than pages:
 * the structure tree of a tagged PDF (each part's elements appended under the first part's
 * Document element, their marked-content keys renumbered after the ones before), the named
 * destinations of internal links (later parts win, so a placeholder target in an earlier part
 * gives way to the real heading) and the catalog of the first part (language, viewer
 * preferences). Outlines are not joined: the caller writes one for the whole.
 */
export async function mergePdfParts(parts: PdfPart[]): Promise<PDFDocument> {
  return (await mergeCounted(parts)).doc;
}

/** mergePdfParts, also telling how many pages each part had as printed (before any was dropped). */
export async function mergeCounted(parts: PdfPart[]): Promise<{ doc: PDFDocument; counts: number[] }> {
  const [first, ...rest] = parts;
  const base = await loadPdf(first.pdf);
  const counts = [base.getPageCount()];
  if (first.dropFirstPage) base.removePage(0);
  base.catalog.delete(name('Outlines'));
  const tree = structTree(base);
  const dests = base.catalog.lookupMaybe(name('Dests'), PDFDict) ?? base.context.obj({});
  base.catalog.set(name('Dests'), dests);
  for (const [index, part] of rest.entries()) {
    const doc = await loadPdf(part.pdf);
    counts.push(doc.getPageCount());
    // Each part is loaded once and its objects handed over to the joined document, not copied (move-objects.ts).
    const mover = ObjectMover.for(doc.context, base.context);
    const source = structTree(doc);
    if (tree && source) {
      shiftStructKeys(doc, tree.nextKey);
      qualifyStructureIds(doc, index + 1);
    }
    // Pages first: structure elements and destinations that point at a page then find its copy.
    doc.getPages().forEach((page, i) => {
      if (i === 0 && part.dropFirstPage) return;
      const ref = mover.move(page.ref) as PDFRef;
      base.addPage(PDFPage.of(base.context.lookup(ref) as PDFPageLeaf, ref, base));
    });
    if (tree && source) {
      for (const kid of source.kids) {
        // Detached from the part's Document element first, so copying does not drag it along.
        const element = doc.context.lookup(kid);
        if (element instanceof PDFDict) element.delete(name('P'));
        const copied = mover.move(kid);
        const copiedElement = base.context.lookup(copied);
        if (copiedElement instanceof PDFDict) copiedElement.set(name('P'), tree.documentRef);
        tree.kids.push(copied);
      }
      for (const [key, value] of source.nums) tree.nums.push([key + tree.nextKey, mover.move(value)]);
      tree.nextKey += source.nextKey;
    }
    const partDests = doc.catalog.lookupMaybe(name('Dests'), PDFDict);
    for (const [key, value] of partDests?.entries() ?? []) dests.set(key, mover.move(value));
  }
  if (tree) tree.save();
  return { doc: base, counts };
}

interface StructTree {
  documentRef: PDFRef;
  kids: PDFObject[];
  nums: [number, PDFObject][];
  nextKey: number;
  save(): void;
}

/**
 * The parts of a tagged PDF's structure tree a merge touches: the Document element's kids and
 * the parent tree (flattened into key/value pairs). Undefined for an untagged document.
 */
function structTree(doc: PDFDocument): StructTree | undefined {
  const root = doc.catalog.lookupMaybe(name('StructTreeRoot'), PDFDict);
  const documentRef = root?.get(name('K'));
  if (!root || !(documentRef instanceof PDFRef)) return undefined;
  const element = doc.context.lookup(documentRef, PDFDict);
  const k = element.get(name('K'));
  const kids: PDFObject[] = k instanceof PDFArray ? k.asArray() : k ? [k] : [];
  const nums: [number, PDFObject][] = [];
  const collect = (node: PDFDict | undefined) => {
    const pairs = node?.lookupMaybe(name('Nums'), PDFArray);
    for (let i = 0; pairs && i + 1 < pairs.size(); i += 2) nums.push([(pairs.get(i) as PDFNumber).asNumber(), pairs.get(i + 1)]);
    const children = node?.lookupMaybe(name('Kids'), PDFArray);
    for (let i = 0; children && i < children.size(); i++) collect(children.lookup(i, PDFDict));
  };
  collect(root.lookupMaybe(name('ParentTree'), PDFDict));
  const next = root.lookupMaybe(name('ParentTreeNextKey'), PDFNumber)?.asNumber() ?? Math.max(-1, ...nums.map(([key]) => key)) + 1;
  const tree: StructTree = {
    documentRef,
    kids,
    nums,
    nextKey: next,
    save() {
      element.set(name('K'), doc.context.obj(tree.kids));
      const flat: PDFObject[] = tree.nums.sort((a, b) => a[0] - b[0]).flatMap(([key, value]) => [PDFNumber.of(key), value]);
      root.set(name('ParentTree'), doc.context.register(doc.context.obj({ Nums: flat })));
      root.set(name('ParentTreeNextKey'), PDFNumber.of(tree.nextKey));
    },
  };
  return tree;
}

/** Moves every marked-content key of a part (pages' StructParents, annotations' StructParent) up by `by`. */
function shiftStructKeys(doc: PDFDocument, by: number): void {
  const shift = (dict: PDFDict, key: string) => {
    const value = dict.lookupMaybe(name(key), PDFNumber);
    if (value) dict.set(name(key), PDFNumber.of(value.asNumber() + by));
  };
  for (const page of doc.getPages()) {
    shift(page.node, 'StructParents');
    const annots = page.node.lookupMaybe(name('Annots'), PDFArray);
    for (let i = 0; annots && i < annots.size(); i++) {
      const annot = annots.lookup(i);
      if (annot instanceof PDFDict) shift(annot, 'StructParent');
    }
  }
}
