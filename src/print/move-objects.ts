import { PDFArray, PDFContext, PDFDict, PDFName, PDFPageLeaf, PDFRef, PDFStream, type PDFObject } from 'pdf-lib';

/**
 * Moves objects of a document loaded only to be joined into another (merge-pdfs.ts): what a page,
 * a structure element or a destination reaches is renumbered into the joined document and
 * handed over as it is, not copied. pdf-lib's PDFObjectCopier clones every object and every
 * stream's bytes, so each part's objects were parsed and then made again, the parsed ones left
 * as garbage: the join's peak. Moved, a part's objects are the joined document's, its streams
 * still views of the part's printed bytes. Objects are numbered in the copier's order, so the
 * joined document is the same. The source document is left unusable.
 */
export class ObjectMover {
  private readonly refs = new Map<PDFRef, PDFRef>();
  private readonly moved = new Set<PDFObject>();

  private constructor(
    private readonly src: PDFContext,
    private readonly dest: PDFContext,
  ) {}

  /** A mover from one document's context into another's. */
  static for(src: PDFContext, dest: PDFContext): ObjectMover {
    return new ObjectMover(src, dest);
  }

  /** The object as it belongs to the destination now: a reference renumbered, a container rewired in place. */
  move(object: PDFObject): PDFObject {
    if (object instanceof PDFRef) return this.moveRef(object);
    if (object instanceof PDFPageLeaf) return this.movePage(object);
    if (object instanceof PDFDict) return this.moveDict(object);
    if (object instanceof PDFArray) return this.moveArray(object);
    if (object instanceof PDFStream) {
      if (!this.moved.has(object)) {
        this.moved.add(object);
        this.moveDict(object.dict);
      }
      return object;
    }
    // Names, numbers, strings, booleans, null: nothing in them points into a document.
    return object;
  }

  private moveRef(ref: PDFRef): PDFRef {
    const known = this.refs.get(ref);
    if (known) return known;
    const next = this.dest.nextRef();
    this.refs.set(ref, next);
    const value = this.src.lookup(ref);
    if (value) this.dest.assign(next, this.move(value));
    return next;
  }

  /** A page keeps what it inherited from the source's page tree, and drops its parent there (as the copier does). */
  private movePage(page: PDFPageLeaf): PDFObject {
    if (this.moved.has(page)) return page;
    for (const key of PDFPageLeaf.InheritableEntries.map((k) => PDFName.of(k))) {
      const value = page.getInheritableAttribute(key);
      if (!page.get(key) && value) page.set(key, value);
    }
    page.delete(PDFName.of('Parent'));
    return this.moveDict(page);
  }

  private moveDict(dict: PDFDict): PDFDict {
    if (this.moved.has(dict)) return dict;
    this.moved.add(dict);
    rehome(dict, this.dest);
    for (const [key, value] of dict.entries()) dict.set(key, this.move(value));
    return dict;
  }

  private moveArray(array: PDFArray): PDFArray {
    if (this.moved.has(array)) return array;
    this.moved.add(array);
    rehome(array, this.dest);
    for (let i = 0; i < array.size(); i++) array.set(i, this.move(array.get(i)));
    return array;
  }
}

/** Dictionaries and arrays look references up in the context they hold: the destination's from now on. */
function rehome(container: PDFDict | PDFArray, context: PDFContext): void {
  (container as unknown as { context: PDFContext }).context = context;
}
