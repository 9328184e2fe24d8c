import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The test files that run longest (seconds each took in a full `npm test` on the 2-core machine
 * under other work, load 9 to 15, so about twice their quiet time; 2026-12-05, before the cuts of
 * that day, which made layout-fixtures, faults/parse-limits and the combined-* files a little
 * cheaper without changing their rank much). Started first, they are not left running alone at the
 * end of a run while the other core idles; a fresh clone has no timings of its own to order by.
 * The unit project's slowest files are here too: `npm run test:unit` ends when its longest file
 * does. Only the order matters: re-rank when a file's work changes.
 */
export const SLOW_FIRST = [
  'test/e2e/print-parts.test.ts', // 50
  'test/e2e/faults/interrupted-build.test.ts', // 47
  'test/e2e/print/print-guide-once.test.ts', // 45
  'test/e2e/diagrams-math.test.ts', // 39
  'test/e2e/reproducible.test.ts', // 38
  'test/e2e/browser-watchdog.test.ts', // 37
  'test/e2e/faults/parse-limits.test.ts', // 37
  'test/e2e/faults/cache-stale.test.ts', // 35
  'test/e2e/print/replay-body.test.ts', // 35
  'test/e2e/package.test.ts', // 32
  'test/e2e/watch/watch-server.test.ts', // 29
  'test/content/layout-fixtures.test.ts', // 26
  'test/e2e/watch/parse-memory.test.ts', // 25
  'test/e2e/watch/watch-cli.test.ts', // 24
  'test/e2e/watch/watch-folders.test.ts', // 24
  'test/e2e/box-at-foot.test.ts', // 23
  'test/e2e/page-fill.test.ts', // 21
  'test/e2e/card-stocks.test.ts', // 20
  'test/e2e/cli/build-ok.test.ts', // 19
  'test/property/foreign-layouts.test.ts', // 18
  'test/e2e/foreign-banks.test.ts', // 18
  'test/e2e/guide-pages.test.ts', // 18
  'test/e2e/many-decks.test.ts', // 17
  'test/content/split-markdown.test.ts', // 15
  'test/property/random-decks.test.ts', // 12
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
