import { describe, expect, it } from 'vitest';
import { planLineCuts } from '../../src/print/pull-quiz-page-back.js';

describe('lines taken from a quiz page to make room for the next page’s questions', () => {
  it('takes them one at a time from the questions with most lines', () => {
    expect(
      planLineCuts(
        new Map([
          ['a', 4],
          ['b', 8],
          ['c', 6],
        ]),
        3,
      ),
    ).toEqual(
      new Map([
        ['b', 2],
        ['c', 1],
      ]),
    );
  });

  it('leaves every question three lines at least and takes no more than two from one', () => {
    expect(
      planLineCuts(
        new Map([
          ['a', 4],
          ['b', 3],
        ]),
        2,
      ),
    ).toBeUndefined();
    expect(planLineCuts(new Map([['a', 10]]), 3)).toBeUndefined();
    expect(planLineCuts(new Map([['a', 10]]), 2)).toEqual(new Map([['a', 2]]));
  });
});
