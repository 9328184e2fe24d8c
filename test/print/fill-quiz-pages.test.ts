import { describe, expect, it } from 'vitest';
import { extraLines, lineSpread, planExtraLines } from '../../src/print/fill-quiz-pages.js';

describe('extra writing lines on a quiz page', () => {
  it('shares the room under the last question out in whole lines, the later questions taking the rest', () => {
    expect(extraLines(3, 7 * 32 + 20, 32)).toEqual([2, 2, 3]);
    expect(extraLines(2, 31, 32)).toEqual([0, 0]);
    expect(extraLines(1, 0, 32)).toEqual([0]);
  });

  it('fills each page by its own foot, and leaves a question longer than its page alone', () => {
    const pages = new Map([
      ['a', 1],
      ['b', 1],
      ['c', 2],
      ['d', 3],
    ]);
    const bottoms = new Map([
      ['a', 0.3],
      ['b', 0.5],
      ['c', 0.98],
      ['d', 1.4],
    ]);
    const plan = planExtraLines({ pages, bottoms, areaHeight: 1000 }, ['a', 'b', 'c', 'd'], 32);
    // Page 1: 500 px left, 15 lines; page 2: 20 px, none; page 3 runs over.
    expect([...plan]).toEqual([
      ['a', 7],
      ['b', 8],
    ]);
  });

  it('gives a one-word answer none of the room: its page’s other questions share it', () => {
    const pages = new Map([
      ['a', 1],
      ['b', 1],
      ['c', 1],
    ]);
    const bottoms = new Map([
      ['a', 0.1],
      ['b', 0.3],
      ['c', 0.5],
    ]);
    const plan = planExtraLines({ pages, bottoms, areaHeight: 1000 }, ['a', 'b', 'c'], 32, new Set(['b']));
    expect([...plan]).toEqual([
      ['a', 7],
      ['c', 8],
    ]);
    // A page of one-word answers only stays as it is.
    expect(planExtraLines({ pages, bottoms, areaHeight: 1000 }, ['a', 'b', 'c'], 32, new Set(['a', 'b', 'c'])).size).toBe(0);
  });
});

describe('how uneven the writing lines are', () => {
  it('is the most lines one question has over another, its own and the added ones, one-word answers left out', () => {
    const base = new Map([
      ['a', 3],
      ['b', 3],
      ['c', 1],
      ['d', 4],
    ]);
    const plan = new Map([
      ['a', 4],
      ['b', 10],
    ]);
    expect(lineSpread(['a', 'b', 'd'], base, plan)).toBe(13 - 4);
    expect(lineSpread(['a', 'b', 'c'], base, plan, new Set(['c']))).toBe(13 - 7);
    expect(lineSpread([], base, plan)).toBe(0);
  });
});
