import { afterEach, describe, expect, it, vi } from 'vitest';
import { coreShare, MOST_STRETCH } from '../../src/print/core-share.js';
import { responsiveTimeout } from '../../src/print/browser-watchdog.js';

describe('the share of a core a step can count on', () => {
  it('is whole while the machine has a core free', () => {
    expect(coreShare(0, 2)).toBe(1);
    expect(coreShare(1.9, 2)).toBe(1);
    expect(coreShare(2, 2)).toBe(1);
  });

  it('shrinks as the load grows past the cores', () => {
    expect(coreShare(4, 2)).toBe(0.5);
    expect(coreShare(18, 2)).toBeCloseTo(2 / 18);
  });

  it('never stretches a limit more than tenfold, so a hung step still ends', () => {
    expect(coreShare(400, 2)).toBe(1 / MOST_STRETCH);
    expect(coreShare(Number.NaN, 2)).toBe(1);
  });
});

describe('a step limit on a crowded machine', () => {
  afterEach(() => void vi.useRealTimers());

  const expiresAfter = (ms: number, share?: () => number): number => {
    vi.useFakeTimers();
    const start = Date.now();
    let at: number | undefined;
    const cancel = responsiveTimeout(ms, () => (at = Date.now() - start), share);
    vi.advanceTimersByTime(ms * 20);
    cancel();
    return at ?? Infinity;
  };

  it('ends on time when the machine is idle', () => {
    expect(expiresAfter(1000)).toBe(1000);
  });

  it('counts each second by the share of a core it had', () => {
    expect(expiresAfter(1000, () => 0.25)).toBe(4000);
    expect(expiresAfter(1000, () => coreShare(18, 2))).toBe(9000);
  });
});
