import { afterEach, describe, expect, it, vi } from 'vitest';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, type PDFRef } from 'pdf-lib';
import { mergeCounted } from '../../src/print/merge-pdfs.js';
import { loadPdf, savePdf } from '../../src/print/pdf-io.js';

/** A printed part as the join receives it: saved bytes, `pages` pages each with a line of text and a link to a named destination. */
async function part(label: string, pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 1; i <= pages; i++) doc.addPage([200, 200]).drawText(`${label} page ${i}`, { x: 20, y: 100, size: 12 });
  const dests = doc.context.obj({ [`${label}-start`]: doc.context.obj([doc.getPage(0).ref, PDFName.of('Fit')]) });
  doc.catalog.set(PDFName.of('Dests'), dests);
  return doc.save({ useObjectStreams: false });
}

/** The bytes a page's content stream holds in the joined document. */
function contentsOf(doc: PDFDocument, index: number): Uint8Array {
  const contents = doc.getPage(index).node.Contents();
  const stream = contents instanceof PDFArray ? contents.lookup(0) : contents;
  if (!(stream instanceof PDFRawStream)) throw new Error(`page ${index + 1} has no content stream`);
  return stream.contents;
}

// A large deck's guide, cards and cheat sheet are printed in parts and joined (merge-pdfs.ts). The
// join's peak was the parts' objects parsed and then copied, the parsed ones left as garbage.
describe('joining printed parts', () => {
  afterEach(() => vi.restoreAllMocks());

  it("hands each part's objects over as parsed: none is cloned, no stream's bytes copied", async () => {
    const parts = [await part('a', 2), await part('b', 3)];
    const clones = [PDFDict, PDFArray, PDFRawStream].map((type) => vi.spyOn(type.prototype, 'clone'));
    const { doc, counts } = await mergeCounted(parts.map((pdf) => ({ pdf })));
    expect(clones.map((clone) => clone.mock.calls.length)).toEqual([0, 0, 0]);
    expect(counts).toEqual([2, 3]);
    expect(doc.getPageCount()).toBe(5);
    // The moved objects look up what they point at in the joined document.
    expect(contentsOf(doc, 4).length).toBeGreaterThan(0);
    expect(doc.getPage(4).node.context).toBe(doc.context);
  });

  it('keeps every page, in order, and the destinations of every part, pointing at the joined pages', async () => {
    const parts = [await part('a', 2), await part('b', 3), await part('c', 1)];
    const { doc } = await mergeCounted(parts.map((pdf, i) => ({ pdf, dropFirstPage: i === 2 ? false : undefined })));
    const again = await loadPdf(await savePdf(doc));
    expect(again.getPageCount()).toBe(6);
    const dests = again.catalog.lookup(PDFName.of('Dests')) as unknown as { get(n: PDFName): unknown; keys(): PDFName[] };
    const pageOf = (name: string) => {
      const target = again.context.lookup(dests.get(PDFName.of(name)) as PDFRef) ?? dests.get(PDFName.of(name));
      const ref = (target as { get(i: number): PDFRef }).get(0);
      return again.getPages().findIndex((p) => p.ref === ref) + 1;
    };
    expect(
      dests
        .keys()
        .map((k) => k.decodeText())
        .sort(),
    ).toEqual(['a-start', 'b-start', 'c-start']);
    expect([pageOf('a-start'), pageOf('b-start'), pageOf('c-start')]).toEqual([1, 3, 6]);
  });
});
