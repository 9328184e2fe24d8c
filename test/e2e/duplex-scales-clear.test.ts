import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, tempDir } from '../helpers.js';
import { pdfWords, type PdfWord, type PdfWordPage } from '../pdf-words.js';
import { pdfToolOutput } from '../pdf-tool-output.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * duplex-test.pdf prints scales across each cut line, and a gutter's two cut lines, 3 mm apart,
 * get two scales stacked at the top and the bottom centre. Stacked 20 pt apart, the upper one's
 * zero tick ran down to the lower one's numbers, and the lower one's zero tick to the sheet's
 * label centred under them ("FRONT · this edge up ↑"): at a glance, one tangled scale. Each
 * scale's numbers now have clear paper on the side away from their ticks, and the label keeps
 * clear of every scale.
 */
const CLEAR = 4;

/** A stroked segment of the page, in points from its top-left corner (mutool trace). */
interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Each page's straight strokes: the scales' base lines and ticks, the registration marks' crosses. */
function segments(file: string): Segment[][] {
  const pages: Segment[][] = [];
  for (const chunk of pdfToolOutput('mutool', ['trace'], file).split('<page ').slice(1)) {
    const found: Segment[] = [];
    for (const m of chunk.matchAll(/<moveto x="([-\d.]+)" y="([-\d.]+)"\/>\s*<lineto x="([-\d.]+)" y="([-\d.]+)"\/>\s*<\/stroke_path>/g)) {
      found.push({ x1: Number(m[1]), y1: Number(m[2]), x2: Number(m[3]), y2: Number(m[4]) });
    }
    pages.push(found);
  }
  return pages;
}

/** Whether a segment passes through a box (both as [x1, y1, x2, y2]). */
const crosses = (s: Segment, b: { x1: number; y1: number; x2: number; y2: number }) =>
  Math.max(s.x1, s.x2) >= b.x1 && Math.min(s.x1, s.x2) <= b.x2 && Math.max(s.y1, s.y2) >= b.y1 && Math.min(s.y1, s.y2) <= b.y2;

/** The numbers of the scales at the top (above the cards) and the bottom (below them) of a page. */
const scaleNumbers = (page: PdfWordPage, top: boolean) =>
  page.words.filter((w) => /^-?\d$/.test(w.text) && (top ? w.yMax < 80 : w.yMin > page.height - 80) && w.xMin > 60 && w.xMax < page.width - 60);

describe.each(['a4', 'letter'] as const)('the duplex check on %s, cards with a gutter', (paper) => {
  let words: PdfWordPage[] = [];
  let strokes: Segment[][] = [];
  beforeAll(async () => {
    const outDir = await tempDir(`duplex-scales-${paper}-`);
    const deck = 'test/fixtures/duplex-open-first/open-first.md';
    const { result } = await buildWith({ paths: [deck], outDir, cardLayout: 'sheet', cardFaces: 'flash', outputs: ['cards'], paper });
    expect(result.failed).toEqual([]);
    const file = path.join(outDir, 'open-first', 'duplex-test.pdf');
    words = pdfWords(file);
    strokes = segments(file);
    expect(words).toHaveLength(2);
  }, 180_000);

  it('stacks the two scales of the gutter with clear paper between them', () => {
    for (const [i, page] of words.entries()) {
      for (const top of [true, false]) {
        const numbers = scaleNumbers(page, top);
        // The gutter's two scales at the centre: ten numbers within a centimetre or two.
        expect(numbers.filter((w) => Math.abs((w.xMin + w.xMax) / 2 - page.width / 2) < 30).length, `page ${i + 1}`).toBeGreaterThanOrEqual(10);
        for (const w of numbers) {
          // The side of the numbers away from their own ticks: above them at the top, below them at the bottom.
          // Two points either side too: the upper scale's zero tick came down between two numbers of the lower one.
          const [x1, x2] = [w.xMin - 2, w.xMax + 2];
          const away = top ? { x1, x2, y1: w.yMin - CLEAR, y2: w.yMin } : { x1, x2, y1: w.yMax, y2: w.yMax + CLEAR };
          const hit = strokes[i].find((s) => crosses(s, away));
          expect(
            hit,
            `page ${i + 1}: a stroke within ${CLEAR} pt of the scale number "${w.text}" at ${w.xMin.toFixed(0)},${w.yMin.toFixed(0)}`,
          ).toBeUndefined();
        }
      }
    }
  });

  it('keeps the label at the top clear of every scale', () => {
    for (const [i, page] of words.entries()) {
      const label = page.words.filter((w) => w.yMax < 100 && /^(?:FRONT|BACK|this|edge|up|flip|on|the|long|short|--back-offset|↑|·)$/.test(w.text));
      expect(label.length, `page ${i + 1}: the label's words`).toBeGreaterThan(5);
      const box = (w: PdfWord) => ({ x1: w.xMin - CLEAR, x2: w.xMax + CLEAR, y1: w.yMin - CLEAR, y2: w.yMax + CLEAR });
      for (const w of label) {
        expect(
          strokes[i].find((s) => crosses(s, box(w))),
          `page ${i + 1}: "${w.text}" of the label`,
        ).toBeUndefined();
        expect(
          scaleNumbers(page, true).find((n) => n.xMax >= w.xMin - CLEAR && n.xMin <= w.xMax + CLEAR && n.yMax >= w.yMin - CLEAR),
          `page ${i + 1}: "${w.text}" next to a scale's number`,
        ).toBeUndefined();
      }
    }
  });
  it('keeps each registration mark clear of every scale, its ticks and its numbers', () => {
    for (const [i, page] of words.entries()) {
      // A mark's cross: a horizontal and a vertical stroke 15 pt long through one point.
      const arm = (s: Segment, across: boolean) => Math.abs((across ? s.x2 - s.x1 : s.y2 - s.y1) - 15) < 0.3 && (across ? s.y1 === s.y2 : s.x1 === s.x2);
      const marks = strokes[i].filter((s) => arm(s, true)).map((s) => ({ x: (s.x1 + s.x2) / 2, y: s.y1 }));
      expect(marks, `page ${i + 1}: four registration marks`).toHaveLength(4);
      for (const m of marks) {
        const own = (s: Segment) => Math.abs((s.x1 + s.x2) / 2 - m.x) < 0.3 && Math.abs((s.y1 + s.y2) / 2 - m.y) < 0.3;
        const box = { x1: m.x - 7.5 - CLEAR, x2: m.x + 7.5 + CLEAR, y1: m.y - 7.5 - CLEAR, y2: m.y + 7.5 + CLEAR };
        const where = `page ${i + 1}: the mark at ${m.x.toFixed(0)},${m.y.toFixed(0)}`;
        expect(
          strokes[i].find((s) => !own(s) && crosses(s, box)),
          `${where}: a scale's stroke within ${CLEAR} pt`,
        ).toBeUndefined();
        expect(
          page.words.find((w) => /^-?\d$/.test(w.text) && w.xMax >= box.x1 && w.xMin <= box.x2 && w.yMax >= box.y1 && w.yMin <= box.y2),
          `${where}: a scale's number within ${CLEAR} pt`,
        ).toBeUndefined();
      }
    }
  });
});
