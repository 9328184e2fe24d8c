import { afterAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { PDFDocument, PDFName } from 'pdf-lib';
import { PdfThread } from '../../src/print/pdf-thread.js';
import { finishGuidePdf, type GuideFinish } from '../../src/print/finish-guide-pdf.js';
import { loadPdf } from '../../src/print/pdf-io.js';
import { readOutline } from '../../src/print/pdf-outline.js';

/** A print as Chromium hands it over: `pages` pages, a named destination on each page after the first. */
async function printed(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  for (let i = 1; i <= pages; i++) doc.addPage([200, 200]).drawText(`page ${i}`, { x: 20, y: 100, size: 12 });
  const names = Object.fromEntries(
    doc
      .getPages()
      .slice(1)
      .map((p, i) => [`q${i + 1}`, doc.context.obj([p.ref, PDFName.of('XYZ'), 0, 200, 0])]),
  );
  doc.catalog.set(PDFName.of('Dests'), doc.context.obj(names));
  return doc.save({ useObjectStreams: false });
}

const finish: GuideFinish = {
  outline: [
    {
      title: 'Deck',
      page: 0,
      children: [
        { title: 'Q1 First', dest: 'q1' },
        { title: 'Q2 Second', dest: 'q2' },
      ],
    },
  ],
  info: { title: 'Deck', subject: '2 interview questions', keywords: ['a b', 'c'], date: new Date(1000) },
};

// The guide's PDF is read, outlined, dated and saved on a thread of its own (pdf-thread.ts), so
// the build's thread answers the other steps' browser pages meanwhile: the file must be the one
// the build's thread would have written.
describe("the guide's PDF thread", () => {
  const thread = new PdfThread();
  afterAll(() => thread.close());

  it('writes the same bytes as finishing in place, on a thread, with the pages the print landed on', async () => {
    const pdf = await printed(3);
    const inPlace = await finishGuidePdf(pdf.slice(), finish);
    const off = await thread.finishGuide(pdf.slice(), finish);
    expect(thread.running).toBe(true);
    expect(Buffer.from(off.bytes).equals(Buffer.from(inPlace.bytes))).toBe(true);
    expect([...off.pages]).toEqual([
      ['q1', 2],
      ['q2', 3],
    ]);
    expect(off.pageCount).toBe(3);
    const doc = await loadPdf(off.bytes);
    expect(readOutline(doc)).toEqual([
      { title: 'Deck', depth: 0, page: 1 },
      { title: 'Q1 First', depth: 1, page: 2 },
      { title: 'Q2 Second', depth: 1, page: 3 },
    ]);
    expect(doc.getTitle()).toBe('Deck');
    expect(doc.getKeywords()).toBe('a b, c');
    expect(doc.getCreationDate()?.getTime()).toBe(1000);
  });

  it("fails a print pdf-lib cannot read with pdf-lib's error, and finishes the next one", async () => {
    await expect(thread.finishGuide(new TextEncoder().encode('not a pdf'), finish)).rejects.toThrow(/PDF|header/i);
    const again = await thread.finishGuide(await printed(2), finish);
    expect(again.pageCount).toBe(2);
  });

  it('started and given nothing to do, keeps no process alive (a build whose guide failed ends)', async () => {
    // A process that only starts the thread must end by itself; killed after a minute, it did not.
    const script = "import('./dist/print/pdf-thread.js').then((m) => { m.guidePdfThread.warm(); console.log(m.guidePdfThread.running); })";
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { timeout: 60_000 });
    expect(stdout.trim()).toBe('true');
  });
});
