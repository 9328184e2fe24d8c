import { afterEach, describe, expect, it, vi } from 'vitest';
import zlib from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { loadPdf, savePdf } from '../../src/print/pdf-io.js';

// Every PDF we write goes through savePdf (pdf-io.ts), whose object streams pdf-lib deflates:
// with pako (zlib in JavaScript) it was a third of a large guide's save; Node's zlib does it now.
describe('compressing the PDFs we write', () => {
  afterEach(() => vi.restoreAllMocks());

  it("deflates pdf-lib's object streams with Node's zlib, and the document reads back whole", async () => {
    const doc = await PDFDocument.create();
    for (let i = 1; i <= 3; i++) doc.addPage([200, 200]).drawText(`page ${i}`, { x: 20, y: 100, size: 12 });
    const deflate = vi.spyOn(zlib, 'deflateSync');
    const bytes = await savePdf(doc);
    expect(deflate).toHaveBeenCalled();
    const again = await loadPdf(bytes);
    expect(again.getPageCount()).toBe(3);
    // The object streams are compressed: the page dictionaries are not in the file as text.
    expect(Buffer.from(bytes).includes('/Type /Page')).toBe(false);
  });
});
