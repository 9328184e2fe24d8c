import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SLOW_FIRST } from './slow-first.js';

// A file renamed or moved would drop out of the slow-first order without a word.
describe('the slow-first list', () => {
  it('names test files that exist, each once', () => {
    expect(SLOW_FIRST.filter((file) => !existsSync(file) || !file.endsWith('.test.ts'))).toEqual([]);
    expect(new Set(SLOW_FIRST).size).toBe(SLOW_FIRST.length);
  });
});
