import { describe, expect, it } from 'vitest';
import { writingRules } from '../../src/render/render-cheatsheet.js';

const qs = (pattern: string) => [...pattern].map((c) => ({ open: c === 'o' }));

describe("the cheat sheet's writing rules", () => {
  it('rules two lines under an open question alone or in a pair, none under an answered one', () => {
    expect(writingRules(qs('aoa'))).toEqual([0, 2, 0]);
    expect(writingRules(qs('ooa'))).toEqual([2, 2, 0]);
  });

  it('shares three rules under the last of a run of three open questions or more', () => {
    expect(writingRules(qs('ooo'))).toEqual([0, 0, 3]);
    expect(writingRules(qs('aoooooa'))).toEqual([0, 0, 0, 0, 0, 3, 0]);
    expect(writingRules(qs('oooaoo'))).toEqual([0, 0, 3, 0, 2, 2]);
  });
});
