import { describe, expect, it } from 'vitest';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, StandardFonts, decodePDFRawStream } from 'pdf-lib';
import { stampPages } from '../../src/print/stamp-pages.js';
import { loadPdf, savePdf } from '../../src/print/pdf-io.js';

/** `pages` A5-sized pages, each with `text(i)` drawn at its foot. */
async function pdfOf(pages: number, text: (i: number) => string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i++) doc.addPage([420, 595]).drawText(text(i), { x: 380, y: 20, size: 7, font });
  return doc.save({ useObjectStreams: false });
}

/** Every content stream a page draws, its own and its form XObjects', as text. */
function drawnOn(doc: PDFDocument, index: number): string {
  const page = doc.getPage(index).node;
  const decode = (s: unknown) => (s instanceof PDFRawStream ? Buffer.from(decodePDFRawStream(s).decode()).toString('latin1') : '');
  const contents = page.Contents();
  const own = contents instanceof PDFArray ? contents.asArray().map((_, i) => decode(contents.lookup(i))) : [decode(contents)];
  const xobjects = page.Resources()?.lookupMaybe(PDFName.of('XObject'), PDFDict);
  const forms = xobjects ? xobjects.values().map((ref) => decode(doc.context.lookup(ref))) : [];
  return [...own, ...forms].join('\n');
}

// The page numbers of a cheat sheet printed in parts are printed once, on blank pages, and laid
// over the joined parts (outputs/cheatsheet-output.ts).
describe('stamping pages over a document', () => {
  it("draws each stamp page over the page of its index, as an artifact, the document's own content kept", async () => {
    const doc = await loadPdf(await pdfOf(3, (i) => `body ${i}`));
    await stampPages(doc, await pdfOf(3, (i) => `${i} / 3`));
    const saved = await loadPdf(await savePdf(doc));
    expect(saved.getPageCount()).toBe(3);
    for (let i = 0; i < 3; i++) {
      const drawn = drawnOn(saved, i);
      // Text drawn with a standard font is written as hex glyph codes: the stamp's page number is the
      // only text of the form, its own page's text is kept beside it.
      expect(drawn).toContain('/Artifact BMC');
      expect(drawn.indexOf('/Artifact BMC')).toBeLessThan(drawn.lastIndexOf('EMC'));
      expect(drawn).toContain(
        Buffer.from(`${i + 1} / 3`)
          .toString('hex')
          .toUpperCase(),
      );
      expect(drawn).toContain(
        Buffer.from(`body ${i + 1}`)
          .toString('hex')
          .toUpperCase(),
      );
    }
  });

  it('refuses stamps of another length than the document', async () => {
    const doc = await loadPdf(await pdfOf(2, (i) => `body ${i}`));
    await expect(stampPages(doc, await pdfOf(1, () => '1 / 1'))).rejects.toThrow('stamping 1 pages over 2');
  });
});
