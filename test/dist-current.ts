import { createRequire, syncBuiltinESMExports } from 'node:module';
import { promisify } from 'node:util';
import { distCurrent } from '../scripts/compile-if-stale.mjs';

/**
 * A setup file of the unit project, whose global setup compiles dist/ beside the tests
 * (test/compile-beside.ts): a test that starts a thread or a child process (a parser thread,
 * bin/studyguide.js, a script that imports dist/) first waits until dist/ is current, compiling
 * it if no one is, so it never runs code older than the sources. Once current, this worker
 * checks no more. Threads and processes are the only ways a unit test runs dist/.
 */

const require = createRequire(import.meta.url);
const childProcess = require('node:child_process') as typeof import('node:child_process');
const threads = require('node:worker_threads') as typeof import('node:worker_threads');
const { spawnSync } = childProcess;

const state = globalThis as { studyguideDistCurrent?: boolean; studyguideDistGuarded?: boolean };

/** Returns once dist/ is current: at once, or after the compile under way (or one started here). */
function waitForDist(): void {
  if (state.studyguideDistCurrent) return;
  if (!distCurrent()) {
    const run = spawnSync(process.execPath, ['scripts/compile-if-stale.mjs'], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`dist/ is stale and compiling it failed:\n${run.stdout}${run.stderr}`);
  }
  state.studyguideDistCurrent = true;
}

/** The same function, waiting for dist/ first; what `util.promisify` gives of it kept. */
function waiting<F extends (...args: never[]) => unknown>(original: F): F {
  const wrapped = function (this: unknown, ...args: Parameters<F>) {
    waitForDist();
    return original.apply(this, args);
  } as F;
  const custom = (original as { [promisify.custom]?: (...args: unknown[]) => unknown })[promisify.custom];
  if (custom) Object.defineProperty(wrapped, promisify.custom, { value: (...args: unknown[]) => (waitForDist(), custom(...args)) });
  return wrapped;
}

if (!state.studyguideDistGuarded) {
  state.studyguideDistGuarded = true;
  for (const name of ['spawn', 'spawnSync', 'execFile', 'execFileSync', 'exec', 'execSync', 'fork'] as const) {
    (childProcess as Record<string, unknown>)[name] = waiting(childProcess[name] as (...args: never[]) => unknown);
  }
  const { Worker } = threads;
  threads.Worker = class extends Worker {
    constructor(file: string | URL, options?: import('node:worker_threads').WorkerOptions) {
      // A thread of code given as text (eval) runs nothing of dist/.
      if (!options?.eval) waitForDist();
      super(file, options);
    }
  };
  syncBuiltinESMExports();
}
