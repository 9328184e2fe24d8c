import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, tempDir } from '../helpers.js';
import { pdfWords, type PdfWord } from '../pdf-words.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * A nine-question Korean deck in three sections: its one-column sheet spreads its entries down the
 * page, and the room above a section's heading collapsed into the room under the entry before, so
 * a new section stood as far from the last entry as one entry from the next (2.5 em against 2.25):
 * a list of nine, not three groups. A section's heading now stands clearly further off.
 */
const deckFile = 'test/fixtures/korean-sheet/containers-ko.md';
const HEADINGS = ['운영', '보안'];

let words: PdfWord[] = [];
beforeAll(async () => {
  const outDir = await tempDir('ko-sheet-');
  const { result } = await buildWith({ paths: [deckFile], outDir, outputs: ['cheatsheet'] });
  expect(result.failed).toEqual([]);
  const pages = pdfWords(path.join(outDir, 'containers-ko', 'cheatsheet.pdf'));
  expect(pages).toHaveLength(1);
  words = pages[0].words;
}, 120_000);

/** The white between the lowest word above `top` and `top` itself. */
const whiteAbove = (top: number) => top - Math.max(...words.filter((w) => w.yMax < top - 1).map((w) => w.yMax));

describe('the one-column sheet of a small deck in sections', () => {
  it('sets a section further from the entry before than one entry from the next', () => {
    const labels = words.filter((w) => /^문\d+$/.test(w.text));
    expect(labels).toHaveLength(9);
    const heads = HEADINGS.map((h) => words.find((w) => w.text === h)!);
    const firstOfSection = new Set(heads.map((h) => labels.find((l) => l.yMin > h.yMax)!));
    const entryGaps = labels
      .slice(1)
      .filter((l) => !firstOfSection.has(l))
      .map((l) => whiteAbove(l.yMin));
    const sectionGaps = heads.map((h) => whiteAbove(h.yMin));
    expect(Math.min(...sectionGaps)).toBeGreaterThan(1.5 * Math.max(...entryGaps));
  });
});
