import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The test files that take the most CPU (measured file by file with the others idle, in seconds
 * of CPU on the 2-core machine: fault runs of the CLI with their own Chromium, the reproducible
 * double build, the packed package). Started first, they are not left running alone at the end
 * of a run while the other core idles; a fresh clone has no timings of its own to order by.
 */
const SLOW_FIRST = [
  'test/e2e/reproducible.test.ts', // 45
  'test/e2e/faults/interrupted-build.test.ts', // 52
  'test/e2e/browser-watchdog.test.ts', // 34
  'test/e2e/package.test.ts', // 26
  'test/e2e/faults/parse-limits.test.ts', // 24
  'test/e2e/print/print-guide-once.test.ts', // 22
  'test/e2e/card-stocks.test.ts', // 17
  'test/e2e/cache.test.ts', // 16
  'test/e2e/watch/watch-server.test.ts', // 16
  'test/e2e/print-parts.test.ts', // 15
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
