import { describe, expect, it } from 'vitest';
import { withOpenRuns } from '../../src/render/render-quiz.js';

const entry = (number: number, open: boolean, run = 'a') => ({ number, open, run });

describe('withOpenRuns', () => {
  it('joins three or more open questions in a row of one run into the first, with the last number', () => {
    const entries = [entry(1, false), entry(2, true), entry(3, true), entry(4, true), entry(5, false), entry(6, true), entry(7, true)];
    expect(withOpenRuns(entries).map((e) => [e.number, e.last])).toEqual([
      [1, undefined],
      [2, 4],
      [5, undefined],
      [6, undefined],
      [7, undefined],
    ]);
  });

  it('never joins across a change of part or language', () => {
    const entries = [entry(1, true), entry(2, true), entry(3, true, 'b'), entry(4, true, 'b'), entry(5, true, 'b')];
    expect(withOpenRuns(entries).map((e) => [e.number, e.last])).toEqual([
      [1, undefined],
      [2, undefined],
      [3, 5],
    ]);
  });
});
