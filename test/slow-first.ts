import { readFileSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { wantSharedBuilds } from './shared-builds-wanted.js';

/**
 * The test files that run longest, slowest first: every e2e file that took 30 s or more in a whole
 * `npm test` on the 2-core machine under other work (load 19 to 37, so several times its quiet
 * time; in brackets the CPU it used: its worker's and spawned CLIs', and the shared Chromium's
 * over its time), those of the list before it (20 s and more there), and the unit
 * layout-fixtures files. Started first, none is left running alone at the end of a run while the
 * other core idles. 36 of them were not in the list before, and vitest's own order (larger files
 * first, in a fresh clone) started them late: cards-foot-clearance (119 s there) 21 minutes into
 * the e2e files' 40, lead-ins (95 s) 35 minutes in. (save-while-printing, 127 s there, is not
 * ranked: it timed out at its 120 s under that load, its run having stalled.) Only the order
 * matters: re-rank from a run's STUDYGUIDE_FILE_CPU lines (test/file-cpu.ts) when a file's work
 * changes.
 */
export const SLOW_FIRST = [
  'test/e2e/cards-foot-clearance.test.ts', // 119 s (14 s CPU)
  'test/e2e/watch/watch-folders.test.ts', // 115 s (13 s CPU)
  'test/e2e/hostile/hostile.test.ts', // 110 s (12 s CPU)
  'test/e2e/page-fill.test.ts', // 97 s (18 s CPU)
  'test/e2e/lead-ins.test.ts', // 95 s (12 s CPU)
  'test/e2e/package.test.ts', // 87 s (24 s CPU)
  'test/e2e/box-at-foot.test.ts', // 86 s (20 s CPU)
  'test/e2e/print/browser-session.test.ts', // 75 s (8 s CPU)
  'test/e2e/print/print-guide-once.test.ts', // 66 s (11 s CPU)
  'test/e2e/european-labels.test.ts', // 65 s (13 s CPU)
  'test/e2e/reproducible.test.ts', // 64 s (18 s CPU)
  'test/e2e/print-parts.test.ts', // 59 s (12 s CPU)
  'test/e2e/cheatsheet-pages-said.test.ts', // 55 s (6 s CPU)
  'test/e2e/page-top-marks.test.ts', // 55 s (8 s CPU)
  'test/e2e/cli/build-ok.test.ts', // 48 s (9 s CPU)
  'test/e2e/options.test.ts', // 48 s (4 s CPU)
  'test/e2e/combined-unleveled.test.ts', // 47 s (5 s CPU)
  'test/e2e/math-setting.test.ts', // 46 s (4 s CPU)
  'test/e2e/cards-parts.test.ts', // 46 s (5 s CPU)
  'test/e2e/print/plan-passes.test.ts', // 45 s (5 s CPU)
  'test/e2e/cli/bundle-current.test.ts', // 43 s (7 s CPU)
  'test/e2e/api-abort.test.ts', // 43 s (4 s CPU)
  'test/e2e/cache.test.ts', // 42 s (10 s CPU)
  'test/e2e/guide-pages.test.ts', // 41 s (4 s CPU)
  'test/e2e/foreign-banks.test.ts', // 41 s (10 s CPU)
  'test/e2e/booklet-sub-sub-list.test.ts', // 39 s (3 s CPU)
  'test/e2e/print/replay-body.test.ts', // 39 s (7 s CPU)
  'test/e2e/faults/interrupted-build.test.ts', // 39 s (14 s CPU)
  'test/e2e/tail-thin-pages.test.ts', // 39 s (4 s CPU)
  'test/e2e/combined-title.test.ts', // 39 s (2 s CPU)
  'test/e2e/combined-closing.test.ts', // 38 s (3 s CPU)
  'test/e2e/faults/parse-limits.test.ts', // 38 s (11 s CPU)
  'test/e2e/data-science-pages.test.ts', // 37 s (8 s CPU)
  'test/e2e/page-holes.test.ts', // 37 s (9 s CPU)
  'test/e2e/cut-text-tags.test.ts', // 37 s (3 s CPU)
  'test/e2e/combined-key-part-foot.test.ts', // 37 s (4 s CPU)
  'test/e2e/fonts.test.ts', // 36 s (5 s CPU)
  'test/e2e/authoring.test.ts', // 35 s (4 s CPU)
  'test/e2e/watch/watch-patch.test.ts', // 35 s (6 s CPU)
  'test/e2e/nested-lists.test.ts', // 33 s (4 s CPU)
  'test/e2e/faults/cache-stale.test.ts', // 33 s (3 s CPU)
  'test/e2e/browser-watchdog.test.ts', // 33 s (9 s CPU)
  'test/e2e/cjk-last-face.test.ts', // 32 s (6 s CPU)
  'test/e2e/card-code.test.ts', // 32 s (2 s CPU)
  'test/e2e/booklet-chapters-run-on.test.ts', // 32 s (6 s CPU)
  'test/e2e/watch/parse-memory.test.ts', // 31 s (4 s CPU)
  'test/e2e/fonts-cjk-embedded.test.ts', // 31 s (6 s CPU)
  'test/e2e/display-lead-ins.test.ts', // 30 s (4 s CPU)
  'test/e2e/long-code-run-on.test.ts', // 30 s (2 s CPU)
  'test/e2e/only-ids.test.ts', // 30 s (3 s CPU)
  'test/e2e/booklet-notes-pages.test.ts', // 30 s (4 s CPU)
  'test/e2e/watch/watch-server.test.ts', // 28 s (4 s CPU)
  'test/e2e/watch/watch-cli.test.ts', // 25 s (7 s CPU)
  'test/e2e/card-stocks.test.ts', // 21 s (6 s CPU)
  'test/e2e/diagrams-math.test.ts', // 13 s (3 s CPU)
  'test/content/layout-fixtures.test.ts', // 48 s (7 s CPU)
  'test/content/layout-fixtures-2.test.ts', // 47 s (7 s CPU)
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
