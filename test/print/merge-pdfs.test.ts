import { afterEach, describe, expect, it, vi } from 'vitest';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString, type PDFRef } from 'pdf-lib';
import { mergeCounted } from '../../src/print/merge-pdfs.js';
import { loadPdf, savePdf } from '../../src/print/pdf-io.js';
import { writeOutline } from '../../src/print/write-outline.js';
import { inflateSync } from 'node:zlib';

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

/**
 * A printed guide part as Chromium writes one: each page's text carries a soft hyphen that did not
 * break a line (a lone `/ActualText <FEFF00AD>` span), a heading with a named destination on page
 * `headingAt` (from 0), and on its last page a link to `linkTo`.
 */
async function guidePart(label: string, pages: number, linkTo: string, headingAt = 0): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 1; i <= pages; i++) {
    const page = doc.addPage([200, 200]);
    const text = `BT /F1 12 Tf 20 100 Td (${label} ca) Tj /Span << /ActualText <FEFF00AD> >> BDC 0 0 Td <0001> Tj EMC (pacity ${i}) Tj ET`;
    page.node.set(PDFName.of('Contents'), doc.context.register(doc.context.flateStream(text)));
    if (i === pages) {
      const link = doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 50, 20], Dest: PDFName.of(linkTo) });
      page.node.set(PDFName.of('Annots'), doc.context.obj([doc.context.register(link)]));
    }
  }
  const dests = doc.context.obj({ [label]: doc.context.obj([doc.getPage(headingAt).ref, PDFName.of('XYZ'), 0, 200, 0]) });
  doc.catalog.set(PDFName.of('Dests'), dests);
  return doc.save({ useObjectStreams: false });
}

describe('a joined guide', () => {
  it('keeps its pages, outline and links, its text without soft hyphens, the dropped lead page gone', async () => {
    const parts = [
      { pdf: await guidePart('front', 2, 'body') },
      // Printed with a lead page (blank in a guide), dropped in the join.
      { pdf: await guidePart('body', 3, 'tail', 1), dropFirstPage: true },
      { pdf: await guidePart('tail', 2, 'front') },
    ];
    const { doc } = await mergeCounted(parts);
    writeOutline(doc, [
      { title: 'Front', dest: 'front' },
      { title: 'Body', dest: 'body' },
      { title: 'Tail', dest: 'tail' },
    ]);
    const again = await loadPdf(await savePdf(doc));
    const pages = again.getPages();
    expect(pages).toHaveLength(6);
    const indexOf = (ref: unknown) => pages.findIndex((p) => p.ref === ref) + 1;
    // Every page's text, in order: the body's first page was dropped, and no soft hyphen is left.
    const texts = pages.map((p) => {
      const stream = p.node.lookup(PDFName.of('Contents'));
      return stream instanceof PDFRawStream ? inflateSync(stream.contents).toString('latin1') : '';
    });
    expect(texts.map((t) => /\((\w+) ca\)/.exec(t)?.[1])).toEqual(['front', 'front', 'body', 'body', 'tail', 'tail']);
    expect(texts.map((t) => /pacity (\d)/.exec(t)?.[1])).toEqual(['1', '2', '2', '3', '1', '2']);
    for (const t of texts) expect(t).not.toMatch(/00AD/i);
    // The outline: each item opens the page its heading is on.
    const outlines = again.catalog.lookup(PDFName.of('Outlines'), PDFDict);
    const opened: [string, number][] = [];
    for (let item = outlines.lookupMaybe(PDFName.of('First'), PDFDict); item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const dest = item.lookup(PDFName.of('Dest'), PDFArray);
      const title = item.lookup(PDFName.of('Title'));
      opened.push([title instanceof PDFHexString || title instanceof PDFString ? title.decodeText() : '', indexOf(dest.get(0))]);
    }
    expect(opened).toEqual([
      ['Front', 1],
      ['Body', 3],
      ['Tail', 5],
    ]);
    // Each part's link still finds its target among the joined named destinations.
    const dests = again.catalog.lookup(PDFName.of('Dests'), PDFDict);
    const links = pages.flatMap((p, i) =>
      (p.node.lookupMaybe(PDFName.of('Annots'), PDFArray)?.asArray() ?? []).map((ref) => {
        const target = (again.context.lookup(ref, PDFDict).get(PDFName.of('Dest')) as PDFName).decodeText();
        return [i + 1, target, indexOf(dests.lookup(PDFName.of(target), PDFArray).get(0))];
      }),
    );
    expect(links).toEqual([
      [2, 'body', 3],
      [4, 'tail', 5],
      [6, 'front', 1],
    ]);
  });
});
