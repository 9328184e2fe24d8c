import { describe, expect, it } from 'vitest';
import { replanMayPay, type Chapter } from '../../src/print/replan-may-pay.js';
import type { PredictedPages } from '../../src/print/predict-pages.js';

/** A trial's pages: each id `[id, start page, end page, how far down its last page it ends]`. */
function trial(ids: [string, number, number, number][]): PredictedPages {
  return {
    pages: new Map(ids.map(([id, start]) => [id, start])),
    endPages: new Map(ids.map(([id, , end]) => [id, end])),
    bottoms: new Map(ids.map(([id, , , bottom]) => [id, bottom])),
    tops: new Map(),
    count: Math.max(...ids.map(([, , end]) => end)),
    areaHeight: 900,
    lastFill: ids[ids.length - 1][3],
  };
}

const chapter = (id: string, flags: Partial<Pick<Chapter, 'closing' | 'part'>> = {}): Chapter => ({
  start: id,
  end: id,
  closing: false,
  part: false,
  ...flags,
});

describe('whether planning the chapters again may win back a page a box cost', () => {
  const chapters = [chapter('a'), chapter('b'), chapter('c'), chapter('d', { closing: true })];

  it('not when every chapter after the question opens its own page under a page too full to run on', () => {
    // The box is in "b": "c" and the closing "d" (two pages long) each start a page, under pages 90 % and 95 % full.
    const pages = trial([
      ['a', 1, 3, 0.5],
      ['b', 4, 6, 0.9],
      ['c', 7, 9, 0.95],
      ['d', 10, 11, 0.4],
    ]);
    expect(replanMayPay(pages, chapters, 1)).toBe(false);
  });

  it('when a chapter after the question opens a page under one short enough to run on', () => {
    const pages = trial([
      ['a', 1, 3, 0.9],
      ['b', 4, 6, 0.6],
      ['c', 7, 9, 0.95],
      ['d', 10, 11, 0.4],
    ]);
    expect(replanMayPay(pages, chapters, 1)).toBe(true);
    // The same page before the question's own chapter: the plan decides there as before.
    expect(replanMayPay(pages, chapters, 2)).toBe(false);
  });

  it('a little fuller than the plan runs on under still counts, as the plan measures chapters apart', () => {
    const pages = trial([
      ['a', 1, 3, 0.9],
      ['b', 4, 6, 0.78],
      ['c', 7, 9, 0.95],
    ]);
    expect(replanMayPay(pages, [chapter('a'), chapter('b'), chapter('c')], 0)).toBe(true);
  });

  it('when closing notes that fit on one page open one, or a part does: the plan runs those on by rules of their own', () => {
    const pages = trial([
      ['a', 1, 3, 0.9],
      ['b', 4, 6, 0.9],
      ['c', 7, 9, 0.95],
      ['d', 10, 10, 0.4],
    ]);
    expect(replanMayPay(pages, chapters, 1)).toBe(true);
    expect(replanMayPay(pages, [chapter('a'), chapter('b'), chapter('c'), chapter('d')], 1)).toBe(false);
    expect(replanMayPay(pages, [chapter('a'), chapter('b'), chapter('c', { part: true }), chapter('d')], 1)).toBe(true);
  });

  it('when a chapter cannot be read (a section begun in the part before has no id)', () => {
    // Its end is read from its last question's where it has one.
    const pages = trial([
      ['q9', 2, 3, 0.95],
      ['b', 4, 6, 0.95],
      ['c', 7, 9, 0.95],
    ]);
    expect(replanMayPay(pages, [{ closing: false, part: false }, chapter('b'), chapter('c')], 0)).toBe(true);
    expect(replanMayPay(pages, [{ end: 'q9', closing: false, part: false }, chapter('b'), chapter('c')], 0)).toBe(false);
  });
});
