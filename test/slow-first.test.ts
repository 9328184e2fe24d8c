import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readsSharedBuilds, SLOW_FIRST, slowFirst } from './slow-first.js';

// A file renamed or moved would drop out of the slow-first order without a word.
describe('the slow-first list', () => {
  it('names test files that exist, each once', () => {
    expect(SLOW_FIRST.filter((file) => !existsSync(file) || !file.endsWith('.test.ts'))).toEqual([]);
    expect(new Set(SLOW_FIRST).size).toBe(SLOW_FIRST.length);
  });
});

describe('the order test files start in', () => {
  const file = (moduleId: string, name: string) => ({ moduleId: `/repo/${moduleId}`, project: { name } });

  it('runs the unit files first, while the e2e setup makes its shared builds, the slowest of each project ahead', () => {
    const files = [
      file('test/e2e/small-deck.test.ts', 'e2e'),
      file('test/e2e/print-parts.test.ts', 'e2e'),
      file('test/config.test.ts', 'unit'),
      file('test/e2e/package.test.ts', 'e2e'),
      file('test/content/layout-fixtures-2.test.ts', 'unit'),
      file('test/api.test.ts', 'unit'),
    ];
    expect(slowFirst(files, () => false).map((f) => f.moduleId.replace('/repo/', ''))).toEqual([
      'test/content/layout-fixtures-2.test.ts',
      'test/config.test.ts',
      'test/api.test.ts',
      'test/e2e/package.test.ts',
      'test/e2e/print-parts.test.ts',
      'test/e2e/small-deck.test.ts',
    ]);
  });

  it('starts the slow e2e files that read no shared build before those that wait for the builds', () => {
    const files = [
      file('test/e2e/small-deck.test.ts', 'e2e'),
      file('test/e2e/print-parts.test.ts', 'e2e'),
      file('test/e2e/bundled.test.ts', 'e2e'),
      file('test/e2e/package.test.ts', 'e2e'),
      file('test/e2e/faults/cache-stale.test.ts', 'e2e'),
      file('test/config.test.ts', 'unit'),
    ];
    const waits = (f: { moduleId: string }) => /print-parts|bundled/.test(f.moduleId);
    expect(slowFirst(files, waits).map((f) => f.moduleId.replace('/repo/', ''))).toEqual([
      'test/config.test.ts',
      'test/e2e/package.test.ts',
      'test/e2e/faults/cache-stale.test.ts',
      'test/e2e/print-parts.test.ts',
      'test/e2e/bundled.test.ts',
      'test/e2e/small-deck.test.ts',
    ]);
  });
});

describe('a file that waits for the shared builds', () => {
  it('is told from one that does not by its source', () => {
    const e2e = (name: string) => ({ moduleId: path.resolve(name), project: { name: 'e2e' } });
    expect(readsSharedBuilds(e2e('test/e2e/print-parts.test.ts'))).toBe(true);
    expect(readsSharedBuilds(e2e('test/e2e/package.test.ts'))).toBe(false);
  });
});
