import { describe, expect, it } from 'vitest';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { loadPdf, savePdf } from '../../src/print/pdf-io.js';

/** A tagged one-page PDF whose table header has Chromium-style id `id`, cited by a cell. */
async function tagged(id: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage();
  const ctx = doc.context;
  const th = ctx.obj({ Type: 'StructElem', S: 'TH', ID: PDFString.of(id) });
  const thRef = ctx.register(th);
  const td = ctx.register(ctx.obj({ Type: 'StructElem', S: 'TD', A: [ctx.obj({ O: 'Table', Headers: [PDFString.of(id)] })] }));
  const leaf = ctx.register(ctx.obj({ Names: [PDFString.of(id), thRef], Limits: [PDFString.of(id), PDFString.of(id)] }));
  const idTree = ctx.register(ctx.obj({ Kids: [leaf] }));
  const root = ctx.register(ctx.obj({ Type: 'StructTreeRoot', K: [thRef, td], IDTree: idTree }));
  doc.catalog.set(PDFName.of('StructTreeRoot'), root);
  return doc.save({ useObjectStreams: false });
}

describe('structure ids in saved PDFs', () => {
  it('two prints that differ only in node numbers save to the same bytes', async () => {
    const [a, b] = await Promise.all(['node00003631', 'node00002198'].map(async (id) => savePdf(await loadPdf(await tagged(id)))));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('keeps the cells, the header and the id tree pointing at one another', async () => {
    const doc = await loadPdf(await savePdf(await loadPdf(await tagged('node00003631'))));
    const elements = doc.context
      .enumerateIndirectObjects()
      .map(([, o]) => o)
      .filter((o): o is PDFDict => o instanceof PDFDict && o.get(PDFName.Type) === PDFName.of('StructElem'));
    const th = elements.find((e) => e.get(PDFName.of('S')) === PDFName.of('TH'))!;
    const td = elements.find((e) => e.get(PDFName.of('S')) === PDFName.of('TD'))!;
    const id = (th.get(PDFName.of('ID')) as PDFString).decodeText();
    expect(id).toBe('node00000001');
    expect(td.toString()).toContain(`/Headers [ (${id}) ]`);
    const root = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
    const leaf = root.lookup(PDFName.of('IDTree'), PDFDict).lookup(PDFName.of('Kids'), PDFArray).lookup(0, PDFDict);
    const names = leaf.lookup(PDFName.of('Names'), PDFArray);
    expect((names.get(0) as PDFString).decodeText()).toBe(id);
    expect(names.lookup(1)).toBe(th);
    // Nothing in the file still carries the old name (uncompressed, so the bytes can be read).
    expect(Buffer.from(await doc.save({ useObjectStreams: false })).toString('latin1')).not.toContain('node00003631');
  });
});
