import { afterAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { PDFDocument, PDFName } from 'pdf-lib';
import { PdfThread } from '../../src/print/pdf-thread.js';
import { finishGuidePdf, type GuideFinish } from '../../src/print/finish-guide-pdf.js';
import { joinGuideParts, type PartsExpected } from '../../src/print/join-guide-parts.js';
import { loadPdf } from '../../src/print/pdf-io.js';
import { readOutline } from '../../src/print/pdf-outline.js';

/** A print as Chromium hands it over: `pages` pages, a named destination on each page after the first. */
async function printed(pages: number, prefix = 'q'): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  for (let i = 1; i <= pages; i++) doc.addPage([200, 200]).drawText(`page ${i}`, { x: 20, y: 100, size: 12 });
  const names = Object.fromEntries(
    doc
      .getPages()
      .slice(1)
      .map((p, i) => [`${prefix}${i + 1}`, doc.context.obj([p.ref, PDFName.of('XYZ'), 0, 200, 0])]),
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

  // A guide printed in parts: a front of 2 pages and two body parts of 3, the second with a blank lead page to drop.
  const parts = async () => [{ pdf: await printed(2, 'f') }, { pdf: await printed(3, 'a') }, { pdf: await printed(4, 'b'), dropFirstPage: true }];
  const expected: PartsExpected = {
    pages: [
      ['a1', 4],
      ['a2', 5],
      ['b2', 7],
    ],
    counts: [2, 3, 3],
  };

  it("joins a guide's parts on the thread into the same bytes as in place, moving the parts' bytes there", async () => {
    const inPlace = await joinGuideParts(await parts(), expected, finish, false);
    const sent = await parts();
    const off = await thread.joinParts(sent, expected, finish, false);
    // Moved, not copied: the build's thread no longer holds the prints.
    expect(sent.map((part) => part.pdf.byteLength)).toEqual([0, 0, 0]);
    expect(off.settled).toBe(true);
    expect(off.parts).toBeUndefined();
    expect(off.counts).toEqual([2, 3, 3]);
    expect(off.finished!.pageCount).toBe(8);
    expect(Buffer.from(off.finished!.bytes).equals(Buffer.from(inPlace.finished!.bytes))).toBe(true);
    expect(off.pages.get('b2')).toBe(7);
    const doc = await loadPdf(off.finished!.bytes);
    expect(doc.getTitle()).toBe('Deck');
    expect(readOutline(doc)[0]).toEqual({ title: 'Deck', depth: 0, page: 1 });
  });

  it('hands the parts back unchanged when they land elsewhere than numbered, and finishes them on the last round', async () => {
    const moved: PartsExpected = { ...expected, counts: [2, 4, 3] };
    const original = await parts();
    const copies = original.map((part) => ({ ...part, pdf: part.pdf.slice() }));
    const again = await thread.joinParts(copies, moved, finish, false);
    expect(again.settled).toBe(false);
    expect(again.finished).toBeUndefined();
    expect(again.counts).toEqual([2, 3, 3]);
    expect(again.parts!.map((part) => Buffer.from(part.pdf).equals(Buffer.from(original[again.parts!.indexOf(part)].pdf)))).toEqual([true, true, true]);
    expect(again.parts!.map((part) => part.dropFirstPage)).toEqual([undefined, undefined, true]);
    // The last round is written whatever it shows (the build warns that the contents may be off).
    const last = await thread.joinParts(again.parts!, moved, finish, true);
    expect(last.settled).toBe(false);
    expect(last.finished!.pageCount).toBe(8);
  });

  it('started and given nothing to do, keeps no process alive (a build whose guide failed ends)', async () => {
    // A process that only starts the thread must end by itself; killed after a minute, it did not.
    const script = "import('./dist/print/pdf-thread.js').then((m) => { m.guidePdfThread.warm(); console.log(m.guidePdfThread.running); })";
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { timeout: 60_000 });
    expect(stdout.trim()).toBe('true');
  });
});
