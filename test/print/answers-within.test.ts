import { describe, expect, it } from 'vitest';
import { answersWithin } from '../../src/print/browser-session.js';

const after = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('a page that must answer in time', () => {
  it('gives the answer that comes in time, and discards nothing', async () => {
    const discarded: string[] = [];
    await expect(answersWithin(after(5, 'page'), 200, (p) => discarded.push(p))).resolves.toBe('page');
    await after(20, null);
    expect(discarded).toEqual([]);
  });

  it('fails as a crashed page when late, and hands the late answer to be closed', async () => {
    const discarded: string[] = [];
    await expect(answersWithin(after(60, 'late page'), 10, (p) => discarded.push(p))).rejects.toThrow(/Page crashed/);
    await after(100, null);
    expect(discarded).toEqual(['late page']);
  });
});
