import { describe, expect, it } from 'vitest';
import { backCells, cellOrigin, chunkSheets, cropMarks, perSheet, sheetGeometry } from '../../src/render/card-sheet.js';
import { cardPoints } from '../../src/render/render-cards.js';
import { PAPERS } from '../../src/model/paper.js';

describe('sheet imposition', () => {
  it('turns the paper when that fits more cards', () => {
    const g = sheetGeometry(PAPERS.a4, cardPoints('index-3x5'), 'long');
    expect([g.sheet.width > g.sheet.height, g.cols, g.rows]).toEqual([true, 2, 2]);
    const b = sheetGeometry(PAPERS.a4, cardPoints('business'), 'long');
    expect([b.sheet.width > b.sheet.height, b.cols, b.rows]).toEqual([false, 2, 5]);
  });

  it('keeps every card and its crop marks on the paper, centred', () => {
    for (const size of ['index-3x5', 'index-4x6', 'a6', 'a7', 'business'] as const) {
      for (const paper of [PAPERS.a4, PAPERS.letter]) {
        const g = sheetGeometry(paper, cardPoints(size), 'long');
        expect(perSheet(g), size).toBeGreaterThan(0);
        const last = cellOrigin(g, perSheet(g) - 1);
        expect(last.x + g.card.width + g.originX).toBeCloseTo(g.sheet.width, 3);
        expect(last.y + g.card.height + g.originY).toBeCloseTo(g.sheet.height, 3);
        const marks = cropMarks(g);
        expect(marks.length).toBe(4 * (g.cols + g.rows));
        for (const m of marks) for (const v of [m.x1, m.x2]) expect(v).toBeGreaterThan(8);
        for (const m of marks) for (const v of [m.y1, m.y2]) expect(v).toBeGreaterThan(8);
      }
    }
  });

  it('mirrors the columns for a long-edge flip of an upright sheet, the rows for a turned one', () => {
    const upright = sheetGeometry(PAPERS.a4, cardPoints('business'), 'long');
    expect(upright.mirror).toBe('columns');
    const cells = [...'abcdefghij'];
    expect(backCells(cells, upright)).toEqual([...'badcfehgji']);
    const uprightShort = sheetGeometry(PAPERS.a4, cardPoints('business'), 'short');
    expect(backCells(cells, uprightShort)).toEqual([...'ijghefcdab']);
    const turned = sheetGeometry(PAPERS.a4, cardPoints('index-3x5'), 'long');
    expect(turned.mirror).toBe('rows');
    expect(backCells([...'abc'], turned)).toEqual(['c', undefined, 'a', 'b']);
  });

  it('splits cards into full sheets and a partial last one', () => {
    const g = sheetGeometry(PAPERS.a4, cardPoints('index-3x5'), 'long');
    expect(chunkSheets([1, 2, 3, 4, 5, 6, 7, 8, 9], g).map((s) => s.length)).toEqual([4, 4, 1]);
  });
});
