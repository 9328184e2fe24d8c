import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';
import { pdfWords, type PdfWord } from '../pdf-words.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

/**
 * Runs that read left to right inside an Arabic page: a formula, a tag, the duplex test's flag
 * and the numbers of its scales. Each took the page's direction, so that its neutral signs
 * (`=`, `#`, `--`, `-`) moved to its other end or its parts came out in reverse.
 */
const deck = path.join(import.meta.dirname, '..', 'fixtures', 'rtl-inline-runs', 'deck.md');

let guide: PdfWord[][] = [];
let duplex: PdfWord[][] = [];
let alignment: PdfWord[] = [];
beforeAll(async () => {
  const outDir = await tempDir('rtl-inline-runs-');
  const { result } = await buildWith({ paths: [deck], outDir, outputs: ['guide', 'cards'], cardFaces: 'flash', cardLayout: 'sheet' });
  expect(result.failed).toEqual([]);
  guide = pdfWords(path.join(outDir, 'deck', 'guide.pdf')).map((p) => p.words);
  duplex = pdfWords(path.join(outDir, 'deck', 'duplex-test.pdf')).map((p) => p.words);
  alignment = pdfWords(path.join(outDir, 'deck', 'alignment.pdf'))[0].words;
}, 180_000);

/** The words on the line of the first word `match` finds, left to right. */
function lineOf(words: PdfWord[], match: (w: PdfWord) => boolean): string[] {
  const at = words.find(match);
  expect(at).toBeDefined();
  const middle = (w: PdfWord) => (w.yMin + w.yMax) / 2;
  return words
    .filter((w) => Math.abs(middle(w) - middle(at!)) < 3)
    .sort((a, b) => a.xMin - b.xMin)
    .map((w) => w.text);
}

describe('left-to-right runs in an Arabic deck', () => {
  it('set an inline formula left to right: "log x = 4", not "4 = x log"', () => {
    const line = lineOf(guide.flat(), (w) => w.text.startsWith('log'));
    const formula = line.join(' ');
    expect(formula).toMatch(/log.*x.*=.*4/);
  });

  it('print each Latin tag with its # before it', () => {
    const tags = guide.flat().filter((w) => /#/.test(w.text) && /[a-z]/.test(w.text));
    expect(tags.map((w) => w.text)).toContain('#indexes');
    expect(tags.map((w) => w.text)).toContain('#btree');
    expect(tags.filter((w) => w.text.endsWith('#'))).toEqual([]);
  });

  it("print the duplex test's flag and the numbers of its scales as they are written", () => {
    const words = duplex.flat().map((w) => w.text);
    expect(words).toContain('--back-offset');
    expect(words.filter((w) => /^offset--|back-offset--$/.test(w))).toEqual([]);
    // The scales count from −4 to 4 mm either side of each cut line.
    expect(words).toContain('-4');
    expect(words.filter((w) => /^\d+-$/.test(w))).toEqual([]);
  });

  it("keeps the alignment sheet's English label in its own order, its arrow last", () => {
    // Set in the page's direction, it printed "↑ ALIGNMENT · … · this edge up".
    // The scales' numbers stand on its line too.
    const line = lineOf(alignment, (w) => w.text === 'ALIGNMENT').filter((w) => !/^-?\d+$/.test(w));
    expect(line[0]).toBe('ALIGNMENT');
    expect(line.at(-1)).toBe('↑');
  });
});
