import { defineConfig, type Plugin } from 'vitest/config';
import SlowFirstSequencer from './test/slow-first.js';

/**
 * Tests load the dependencies' own builds, as a user's Node does. Vite adds the "development"
 * condition (and vitest passes it to its workers), whose builds of the markdown parser (micromark
 * and its extensions) check every step and parse about a third slower. Arrays of conditions merge,
 * so the resolved lists are edited here rather than set.
 */
const usersBuilds: Plugin = {
  name: 'studyguide-users-builds',
  configResolved(config) {
    const lists = [config.resolve.conditions, config.ssr.resolve?.conditions, ...Object.values(config.environments).map((e) => e.resolve.conditions)];
    for (const list of lists) {
      if (!list) continue;
      const kept = list.filter((c) => c !== 'development' && c !== 'development|production');
      list.splice(0, list.length, ...kept);
    }
  },
};

// Two projects: `unit` needs no browser and no build (seconds); `e2e` prints real PDFs with one
// shared Chromium started in its global setup. Both compile dist/ when a source file is newer
// (scripts/compile-if-stale.mjs), so spawned CLIs run the current source: e2e before its tests
// (test/compile-dist.ts), unit beside them (test/compile-beside.ts, test/dist-current.ts).
export default defineConfig({
  plugins: [usersBuilds],
  test: {
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // Test files share a worker's module graph: each module is imported once per worker, not once
    // per file (the unit project's CPU time fell from 170 s to 69 s). Tests restore what they change.
    isolate: false,
    maxWorkers: 2,
    // Transformed sources kept on disk between runs (keyed by their content): a run after a small
    // edit transforms that file alone, not the few hundred of src/ and test/ again.
    experimental: { fsModuleCache: true },
    // The slowest files start first (test/slow-first.ts), so none is left running alone at the end.
    sequence: { sequencer: SlowFirstSequencer },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // A young generation of 64 MB, not V8's 16: the parses here make short-lived trees by the
          // hundred megabytes, and with the small one their collections were a sixth of the CPU
          // (parsing every layout fixture: 6.2-6.6 s of CPU, 5.0-5.5 s with it).
          execArgv: ['--max-semi-space-size=64'],
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**'],
          // dist/ compiled beside the tests, not before them: the few that run it wait (test/dist-current.ts).
          globalSetup: ['test/compile-beside.ts'],
          // test/file-cpu.ts: with STUDYGUIDE_FILE_CPU=<folder>, each test file's CPU and time written there.
          setupFiles: ['test/dist-current.ts', 'test/remove-temp-dirs.ts', 'test/file-cpu.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          setupFiles: ['test/forget-shared-builds.ts', 'test/remove-temp-dirs.ts', 'test/file-cpu.ts'],
        },
      },
    ],
  },
});
