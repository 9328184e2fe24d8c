import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The test files that run longest (seconds each took in a full run of `npm test` on the 2-core
 * machine, both cores busy throughout: fault runs of the CLI with their own Chromium, the packed
 * package, the reproducible double build, watch's large parse). Started first, they are not left
 * running alone at the end of a run while the other core idles; a fresh clone has no timings of
 * its own to order by. Only the order matters: re-rank when a file's work changes.
 */
export const SLOW_FIRST = [
  'test/e2e/faults/interrupted-build.test.ts', // 70
  'test/e2e/browser-watchdog.test.ts', // 47
  'test/e2e/package.test.ts', // 46
  'test/e2e/reproducible.test.ts', // 44 (72 before its decks shrank; 43 s alone under load, was 71)
  'test/e2e/faults/parse-limits.test.ts', // 43
  'test/e2e/watch/watch-folders.test.ts', // 43
  'test/content/layout-fixtures.test.ts', // 42 (as test/import/import.test.ts, whose fixture loop it now holds)
  'test/e2e/faults/cache-stale.test.ts', // 37
  'test/e2e/watch/watch-server.test.ts', // 33
  'test/e2e/print/print-guide-once.test.ts', // 33
  'test/e2e/print-parts.test.ts', // 32
];

/** Vitest's order (failed first, then longest by the last run's timings), with the slowest files ahead of all. */
export default class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification) => {
      const at = SLOW_FIRST.findIndex((name) => f.moduleId.endsWith(name));
      return at < 0 ? SLOW_FIRST.length : at;
    };
    return sorted
      .map((f, i) => ({ f, i }))
      .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
      .map(({ f }) => f);
  }
}
