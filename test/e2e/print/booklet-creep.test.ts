import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { bookletOrder, creepShift, DEFAULT_CREEP_PT, imposeBooklet } from '../../../src/print/impose-booklet.js';
import { PAPERS } from '../../../src/model/paper.js';
import { pdfWords } from '../../pdf-words.js';
import { tempDir } from '../../helpers.js';

/** An A5 document of `count` pages, each with its label `P<n>` at the same spot. */
async function labelledPages(count: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= count; i++) doc.addPage([420, 595]).drawText(`P${i}`, { x: 150, y: 300, size: 20, font });
  return doc.save();
}

/** Where each label printed: `P<n>` → its side (0-based) and left edge in points. */
async function labelSpots(bytes: Uint8Array): Promise<Map<string, { side: number; x: number }>> {
  const file = path.join(await tempDir(), 'booklet.pdf');
  await writeFile(file, bytes);
  const spots = new Map<string, { side: number; x: number }>();
  pdfWords(file).forEach((page, side) => {
    for (const w of page.words) if (/^P\d+$/.test(w.text)) spots.set(w.text, { side, x: w.xMin });
  });
  return spots;
}

describe('booklet creep', () => {
  it('moves each sheet’s pages toward the fold by the creep per sheet from the outside, the outer sheet not at all', async () => {
    // 15 pages: 16 with the blank back cover.
    const pages = await labelledPages(15);
    const flat = await labelSpots((await imposeBooklet(pages, PAPERS.a4, 'ltr', 0)).bytes);
    const crept = await labelSpots((await imposeBooklet(pages, PAPERS.a4, 'ltr', 2)).bytes);
    const sides = bookletOrder(15);
    expect(crept.size).toBe(15);
    for (const [side, halves] of sides.entries()) {
      const sheet = Math.floor(side / 2);
      halves.forEach((page, slot) => {
        if (page === null) return;
        const label = `P${page! + 1}`;
        expect(crept.get(label)!.side, label).toBe(side);
        const moved = crept.get(label)!.x - flat.get(label)!.x;
        // Toward the fold: the left half's page rightwards, the right half's leftwards.
        expect(moved, `${label} on sheet ${sheet + 1}, ${slot ? 'right' : 'left'}`).toBeCloseTo((slot === 0 ? 1 : -1) * 2 * sheet, 1);
      });
    }
  });

  it('defaults to 0.1 mm a sheet, so a 40-page booklet’s middle pages move 0.9 mm', () => {
    expect(DEFAULT_CREEP_PT).toBeCloseTo((0.1 * 72) / 25.4, 5);
    // A guide of 39 pages: 40 with the blank back cover.
    const middle = bookletOrder(39).length - 1;
    expect((creepShift(middle, DEFAULT_CREEP_PT) * 25.4) / 72).toBeCloseTo(0.9, 5);
  });
});
