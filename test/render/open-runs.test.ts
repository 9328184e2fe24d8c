import { describe, expect, it } from 'vitest';
import { openRuns } from '../../src/render/open-runs.js';

const qs = (opens: boolean[]) => opens.map((open, i) => ({ open, number: i + 1 }));

describe('openRuns', () => {
  it('joins three open questions or more in a row, the last naming the first', () => {
    expect(openRuns(qs([true, true, true, false, true]))).toEqual([
      { inRun: true },
      { inRun: true },
      { inRun: true, from: 1 },
      { inRun: false },
      { inRun: false },
    ]);
  });

  it('leaves one or two open questions their own space', () => {
    expect(openRuns(qs([true, true, false, true])).every((p) => !p.inRun)).toBe(true);
  });
});
