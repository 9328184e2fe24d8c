import { describe, expect, it } from 'vitest';
import { sheetGeometry } from '../../src/render/card-sheet.js';
import { scales, topLabel } from '../../src/render/alignment-marks.js';
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

  it('set the label at the top in a readable size, centred under the scales when the margin allows', () => {
    const g = sheetGeometry(PAPERS.a4, cardPoints('index-3x5'), 'long', mm(3));
    const label = topLabel(g, { x: g.originX, y: g.originY }, 'FRONT · this edge up ↑');
    expect(label).toContain(`x="${Number((g.sheet.width / 2).toFixed(2))}"`);
    expect(Number(/y="([\d.]+)"/.exec(label)![1])).toBeGreaterThan(40);
  });
});
