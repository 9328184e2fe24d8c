import { describe, expect, it } from 'vitest';
import { bookletOrder } from '../../src/print/impose-booklet.js';

// 0-based pages; null is a blank half.
describe('saddle-stitch order', () => {
  it('pairs the outermost pages first: 7 pages → [–|1] [2|7] [6|3] [4|5]', () => {
    expect(bookletOrder(7)).toEqual([
      [null, 0],
      [1, 6],
      [5, 2],
      [3, 4],
    ]);
  });

  it('keeps the outside back cover blank: 8 pages take a sheet more, [–|1] [2|–] [–|3] [4|–] [8|5] [6|7]', () => {
    expect(bookletOrder(8)).toEqual([
      [null, 0],
      [1, null],
      [null, 2],
      [3, null],
      [7, 4],
      [5, 6],
    ]);
    for (const n of [4, 12, 40]) expect(bookletOrder(n)[0][0], `${n} pages`).toBeNull();
  });

  it('pads with blank pages at the end up to a multiple of four', () => {
    expect(bookletOrder(5)).toEqual([
      [null, 0],
      [1, null],
      [null, 2],
      [3, 4],
    ]);
    expect(bookletOrder(1)).toEqual([
      [null, 0],
      [null, null],
    ]);
  });

  it('mirrors every side for a booklet read right to left (bound on its right edge): [1|–] [7|2] [3|6] [5|4]', () => {
    expect(bookletOrder(7, 'rtl')).toEqual([
      [0, null],
      [6, 1],
      [2, 5],
      [4, 3],
    ]);
  });

  it('places every page exactly once, on half as many sides as padded pages', () => {
    for (const n of [2, 3, 4, 9, 17, 64]) {
      const sides = bookletOrder(n);
      expect(sides.length).toBe(Math.ceil((n + 1) / 4) * 2);
      expect(
        sides
          .flat()
          .filter((p) => p !== null)
          .sort((a, b) => a! - b!),
      ).toEqual([...Array(n).keys()]);
    }
  });
});
