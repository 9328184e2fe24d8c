import { afterEach, describe, expect, it, vi } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { pageCountOf } from '../../src/print/pdf-page-count.js';

async function pdfOf(pages: number, useObjectStreams: boolean): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage([100, 100]);
  return doc.save({ useObjectStreams });
}

// A draft printed only for its length (a cheat sheet's part, a size probe) is counted from its
// page tree (pdf-page-count.ts), not loaded whole into pdf-lib.
describe("a printed PDF's page count", () => {
  afterEach(() => vi.restoreAllMocks());

  it('is read from the page tree without loading the document', async () => {
    const pdf = await pdfOf(7, false);
    const load = vi.spyOn(PDFDocument, 'load');
    expect(await pageCountOf(pdf)).toBe(7);
    expect(load).not.toHaveBeenCalled();
  });

  it("is the root's count in a tree of nodes, as Chromium writes a long document's", async () => {
    const node = (n: number, count: number, kids: string) => `${n} 0 obj\n<</Type /Pages\n/Count ${count}\n/Kids [${kids}]\n/Parent 9 0 R>>\nendobj\n`;
    const pdf = Buffer.from(`%PDF-1.4\n${node(1, 8, '')}${node(2, 3, '')}9 0 obj\n<</Type /Pages\n/Count 11\n/Kids [1 0 R 2 0 R]>>\nendobj\n%%EOF\n`, 'latin1');
    expect(await pageCountOf(new Uint8Array(pdf))).toBe(11);
  });

  it('loads a PDF whose page tree is in compressed object streams', async () => {
    const pdf = await pdfOf(4, true);
    const load = vi.spyOn(PDFDocument, 'load');
    expect(await pageCountOf(pdf)).toBe(4);
    expect(load).toHaveBeenCalledTimes(1);
  });
});
