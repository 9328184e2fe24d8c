import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString, type PDFDocument, type PDFObject } from 'pdf-lib';

// Chromium names a tagged element after its DOM node (/ID (node00003631)), and node numbers
// shift between two prints of the same page: a table header's id, and the cells' /Headers that
// cite it, made guide.pdf differ from build to build. Ids are renamed in the order the elements
// are numbered in the file, which does not change.

const ID = PDFName.of('ID');
const HEADERS = PDFName.of('Headers');
const ID_TREE = PDFName.of('IDTree');

/** Renames every structure element's /ID to node00000001, … and rewrites what cites them. */
export function renumberStructureIds(doc: PDFDocument): void {
  const renamed = new Map<string, string>();
  const owners = new Map<string, PDFRef>();
  const elements = doc.context
    .enumerateIndirectObjects()
    .filter((entry): entry is [PDFRef, PDFDict] => entry[1] instanceof PDFDict && entry[1].get(PDFName.Type) === PDFName.of('StructElem'))
    .sort(([a], [b]) => a.objectNumber - b.objectNumber);
  for (const [ref, element] of elements) {
    const id = textOf(element.get(ID));
    if (id === undefined) continue;
    const fresh = renamed.get(id) ?? `node${String(renamed.size + 1).padStart(8, '0')}`;
    renamed.set(id, fresh);
    owners.set(fresh, ref);
    element.set(ID, PDFString.of(fresh));
  }
  if (!renamed.size) return;
  for (const [, element] of elements) renameHeaders(doc, element.get(PDFName.of('A')), renamed);
  rebuildIdTree(doc, owners);
}

/**
 * Gives every structure element's /ID in `doc` (and what cites it) the suffix `-<part>`: each part
 * of a guide printed in parts numbers its elements from its own DOM, so two parts can hold the
 * same id; joined unchanged, a table's cells in one part would name a header of another.
 */
export function qualifyStructureIds(doc: PDFDocument, part: number): void {
  const renamed = new Map<string, string>();
  const elements = doc.context
    .enumerateIndirectObjects()
    .filter((entry): entry is [PDFRef, PDFDict] => entry[1] instanceof PDFDict && entry[1].get(PDFName.Type) === PDFName.of('StructElem'));
  for (const [, element] of elements) {
    const id = textOf(element.get(ID));
    if (id === undefined) continue;
    renamed.set(id, `${id}-${part}`);
    element.set(ID, PDFString.of(`${id}-${part}`));
  }
  if (renamed.size) for (const [, element] of elements) renameHeaders(doc, element.get(PDFName.of('A')), renamed);
}

/** /Headers lists in a structure element's attributes (a dict, an array of them, refs to either). */
function renameHeaders(doc: PDFDocument, value: PDFObject | undefined, renamed: Map<string, string>): void {
  const object = value instanceof PDFRef ? doc.context.lookup(value) : value;
  if (object instanceof PDFArray) return object.asArray().forEach((item) => renameHeaders(doc, item, renamed));
  if (!(object instanceof PDFDict)) return;
  const headers = object.get(HEADERS);
  const list = headers instanceof PDFRef ? doc.context.lookup(headers) : headers;
  if (!(list instanceof PDFArray)) return;
  const names = list.asArray().map((item) => {
    const id = textOf(item);
    return PDFString.of(id === undefined ? '' : (renamed.get(id) ?? id));
  });
  object.set(HEADERS, doc.context.obj(names));
}

/** Replaces the structure root's id tree (keys sorted, as a name tree's must be) by one leaf of the new names. */
function rebuildIdTree(doc: PDFDocument, owners: Map<string, PDFRef>): void {
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (!root?.get(ID_TREE)) return;
  // The old nodes go: left in the file, they would still carry the old names.
  const drop = (value: PDFObject | undefined): void => {
    const node = value instanceof PDFRef ? doc.context.lookup(value) : value;
    if (value instanceof PDFRef) doc.context.delete(value);
    if (node instanceof PDFDict) node.lookupMaybe(PDFName.of('Kids'), PDFArray)?.asArray().forEach(drop);
  };
  drop(root.get(ID_TREE));
  const keys = [...owners.keys()].sort();
  const names = keys.flatMap((key) => [PDFString.of(key), owners.get(key)!]);
  const leaf = doc.context.obj({ Names: names, Limits: [PDFString.of(keys[0]), PDFString.of(keys[keys.length - 1])] });
  // A root holding names directly has no /Limits; one leaf under /Kids keeps the usual shape.
  root.set(ID_TREE, doc.context.register(doc.context.obj({ Kids: [doc.context.register(leaf)] })));
}

function textOf(value: PDFObject | undefined): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
}
