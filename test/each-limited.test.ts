import { describe, expect, it } from 'vitest';
import { eachLimited } from '../src/each-limited.js';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('eachLimited', () => {
  it('calls fn for every item, never more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const seen: number[] = [];
    await eachLimited([1, 2, 3, 4, 5], 2, async (n) => {
      running++;
      most = Math.max(most, running);
      for (let i = 0; i < n; i++) await tick();
      seen.push(n);
      running--;
    });
    expect(seen.sort()).toEqual([1, 2, 3, 4, 5]);
    expect(most).toBe(2);
  });

  it('lets running calls finish, starts no new one, and throws the first error', async () => {
    const done: string[] = [];
    const run = eachLimited(['bad', 'slow', 'never'], 2, async (item) => {
      await tick();
      if (item === 'bad') throw new Error('bad deck');
      for (let i = 0; i < 3; i++) await tick();
      done.push(item);
    });
    await expect(run).rejects.toThrow('bad deck');
    expect(done).toEqual(['slow']);
  });
});
