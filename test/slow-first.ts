import { readFileSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { wantSharedBuilds } from './shared-builds-wanted.js';

/**
 * The test files that run longest (seconds each took in a full run of the e2e project on the
 * 2-core machine under other work, load 8 to 23, so about twice their quiet time; the unit
 * layout-fixtures file as measured before): the packed package, the reproducible double build,
 * CLI runs with their own Chromium (watch, npx build, the watchdog and fault runs), the large
 * guides and cheat sheets printed to check their page numbers and parts. Started first, they are
 * not left running alone at the end of a run while the other core idles (the npx build, started
 * last, ran its 41 s alone at the end of that run); a fresh clone has no timings of its own to
 * order by. Only the order matters: re-rank when a file's work changes.
 */
export const SLOW_FIRST = [
  'test/e2e/print-parts.test.ts', // 66
  'test/e2e/print/print-guide-once.test.ts', // 57
  'test/e2e/faults/parse-limits.test.ts', // 57
  'test/e2e/package.test.ts', // 54
  'test/e2e/reproducible.test.ts', // 53
  'test/e2e/watch/watch-cli.test.ts', // 49
  'test/e2e/cli/bundle-current.test.ts', // 85 alone, most of it one compile of a copy of src/: kept out of the fast unit loop
  'test/content/layout-fixtures.test.ts', // 42 before its fixtures were shared with the next
  'test/content/layout-fixtures-2.test.ts',
  'test/e2e/cli/build-ok.test.ts', // 41
  'test/e2e/card-stocks.test.ts', // 40
  'test/e2e/browser-watchdog.test.ts', // 36 (47 in an earlier run)
  'test/e2e/watch/watch-server.test.ts', // 36
  'test/e2e/box-at-foot.test.ts', // 35
  'test/e2e/faults/interrupted-build.test.ts', // 33 (70 in an earlier run)
  'test/e2e/print/replay-body.test.ts', // 31
  'test/e2e/page-fill.test.ts', // 25
  'test/e2e/watch/parse-memory.test.ts', // 35 (before its fresh parses were made once each)
  'test/e2e/faults/cache-stale.test.ts', // 26
  'test/e2e/diagrams-math.test.ts', // 22
  'test/e2e/foreign-banks.test.ts', // 21
];

/** What the order reads of a test file (a TestSpecification has it). */
interface TestFile {
  moduleId: string;
  project: { name: string };
}

/** Whether a test file waits for the e2e setup's shared builds (it calls sharedBuilds(): test/shared-builds.ts). */
export function readsSharedBuilds(file: TestFile): boolean {
  return file.project.name === 'e2e' && /\bsharedBuilds\b/.test(readFileSync(file.moduleId, 'utf8'));
}

/**
 * The order files start in: the unit project's first (they need neither the browser nor the
 * shared builds: they run while the e2e setup makes them), then the e2e files: the slow ones that
 * read no shared build (they start at once, beside the builds), then the ones that wait for the
 * builds (done by then), then the rest. In each group, the slowest ahead (SLOW_FIRST), the others
 * in the order given. Started early, a file that waits for the builds kept its worker idle.
 */
export function slowFirst<T extends TestFile>(files: T[], waits: (file: T) => boolean = readsSharedBuilds): T[] {
  const rank = (f: T) => {
    const at = SLOW_FIRST.findIndex((name) => f.moduleId.endsWith(name));
    return at < 0 ? SLOW_FIRST.length : at;
  };
  const group = (f: T) => {
    if (f.project.name !== 'e2e') return 0;
    if (waits(f)) return 2;
    return rank(f) < SLOW_FIRST.length ? 1 : 3;
  };
  return files
    .map((f, i) => ({ f, i, group: group(f) }))
    .sort((a, b) => a.group - b.group || rank(a.f) - rank(b.f) || a.i - b.i)
    .map(({ f }) => f);
}

/**
 * The run's order (slowFirst), and the e2e setup's shared builds asked for when a file of the run
 * waits for them, not made otherwise (test/shared-builds-wanted.ts).
 */
export function orderRun<T extends TestFile>(files: T[], waits: (file: T) => boolean = readsSharedBuilds): T[] {
  const sorted = slowFirst(files, waits);
  wantSharedBuilds(sorted.some(waits));
  return sorted;
}

/** Vitest's order (failed first, then longest by the last run's timings), sorted again by orderRun. */
export default class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return orderRun(await super.sort(files));
  }
}
