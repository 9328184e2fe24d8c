import { describe, expect, it } from 'vitest';
import { backOrigin, gridSize, sheetGeometry } from '../../src/render/card-sheet.js';
import { registrationMarks, scales, topLabel } from '../../src/render/alignment-marks.js';
import { cardPoints } from '../../src/render/render-cards.js';
import { PAPERS } from '../../src/model/paper.js';
import { mm } from '../../src/model/lengths.js';

/** The numbers of a scale drawing, as [x, y] points. */
const labels = (svg: string): [number, number][] =>
  [...svg.matchAll(/class="scale-label" x="([\d.-]+)" y="([\d.-]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);

describe('test-print scales', () => {
  it('never print two numbers on each other, also where a narrow gutter puts two cut lines close', () => {
    for (const size of ['index-3x5', 'a7', 'business'] as const) {
      const g = sheetGeometry(PAPERS.a4, cardPoints(size), 'long', mm(3));
      const points = labels(scales(g, { x: g.originX, y: g.originY }));
      expect(points.length).toBeGreaterThan(20);
      const clash = points.filter(([x, y], i) => points.some(([u, v], j) => j !== i && Math.abs(x - u) < 4 && Math.abs(y - v) < 4));
      expect(clash, size).toEqual([]);
    }
  });

  it('set the label at the top clear of every scale, also under the two stacked scales of a gutter', () => {
    let centred = 0;
    for (const paper of ['a4', 'letter'] as const) {
      for (const size of ['index-3x5', 'index-4x6', 'a6', 'a7', 'business', 'business-85x54'] as const) {
        for (const gutter of [0, mm(3)]) {
          const g = sheetGeometry(PAPERS[paper], cardPoints(size), 'long', gutter);
          const origin = { x: g.originX, y: g.originY };
          const text = 'BACK · this edge up ↑ · flip on the long edge · --back-offset';
          const label = topLabel(g, origin, text);
          if (label.includes('narrow')) continue;
          const [x, y] = [1, 2].map((k) => Number(/x="([\d.]+)" y="([\d.]+)"/.exec(label)![k]));
          if (Math.abs(x - g.sheet.width / 2) < 1) centred++;
          const half = ([...text].length * 10 * 0.6) / 2;
          const strokes = [...scales(g, origin).matchAll(/<line class="[^"]+" x1="([\d.]+)" y1="([\d.]+)" x2="([\d.]+)" y2="([\d.]+)"/g)].map((m) =>
            m.slice(1).map(Number),
          );
          const hit = strokes.find(
            ([x1, y1, x2, y2]) => Math.max(x1, x2) > x - half && Math.min(x1, x2) < x + half && Math.max(y1, y2) > y - 14 && Math.min(y1, y2) < y + 3,
          );
          expect(hit, `${paper} ${size} gutter ${gutter}`).toBeUndefined();
          expect(y + 3, `${paper} ${size} gutter ${gutter}: above the cards`).toBeLessThanOrEqual(origin.y);
        }
      }
    }
    expect(centred).toBeGreaterThan(12);
  });

  it('set the label at the top in a readable size, centred under the scales when the margin allows', () => {
    const g = sheetGeometry(PAPERS.a4, cardPoints('index-3x5'), 'long', mm(3));
    const label = topLabel(g, { x: g.originX, y: g.originY }, 'FRONT · this edge up ↑');
    expect(label).toContain(`x="${Number((g.sheet.width / 2).toFixed(2))}"`);
    expect(Number(/y="([\d.]+)"/.exec(label)![1])).toBeGreaterThan(40);
  });
  it('keep the registration marks clear of every scale on both sides, every card size, both papers and flips', () => {
    const strokes = (svg: string) =>
      [...svg.matchAll(/<line class="[^"]+" x1="([\d.-]+)" y1="([\d.-]+)" x2="([\d.-]+)" y2="([\d.-]+)"/g)].map((m) => m.slice(1).map(Number));
    for (const paper of ['a4', 'letter'] as const) {
      for (const size of ['index-3x5', 'index-4x6', 'a6', 'a7', 'business', 'business-85x54'] as const) {
        for (const gutter of [0, mm(3), 9]) {
          for (const edge of ['long', 'short'] as const) {
            const g = sheetGeometry(PAPERS[paper], cardPoints(size), edge, gutter);
            const origins = [{ x: g.originX, y: g.originY }, backOrigin(g)];
            const centres = [...registrationMarks(g, origins).matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
            expect(centres).toHaveLength(4);
            for (const origin of origins) {
              // Ticks and base lines as drawn; each number as a box 7 pt wide and 5 pt high around where it is set ("-4" at 5 pt).
              const drawn = scales(g, origin);
              const boxes = [...strokes(drawn), ...labels(drawn).map(([x, y]) => [x - 3.5, y - 4, x + 3.5, y + 1])];
              for (const [cx, cy] of centres) {
                const reach = 7.5 + 4;
                const hit = boxes.find(
                  ([x1, y1, x2, y2]) =>
                    Math.max(x1, x2) > cx - reach && Math.min(x1, x2) < cx + reach && Math.max(y1, y2) > cy - reach && Math.min(y1, y2) < cy + reach,
                );
                expect(hit, `${paper} ${size} gutter ${gutter} ${edge}: mark at ${cx},${cy}`).toBeUndefined();
              }
              // Nor on the cards.
              const grid = gridSize(g);
              for (const [cx, cy] of centres) {
                const onCards = cx + 7.5 > origin.x && cx - 7.5 < origin.x + grid.width && cy + 7.5 > origin.y && cy - 7.5 < origin.y + grid.height;
                expect(onCards, `${paper} ${size} gutter ${gutter} ${edge}: mark at ${cx},${cy} on the cards`).toBe(false);
              }
            }
          }
        }
      }
    }
  });
});
