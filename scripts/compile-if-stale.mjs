// Compiles src/ into dist/ when a source file is newer than the last compile, and bundles it
// (scripts/bundle.mjs) when the bundle is older than the compile: the tests' spawned CLIs run the
// bundle (bin/studyguide.js), and the typecheck (`tsc -b test/tsconfig.json`) reads src's declarations there.
// Shared by scripts/run-checks.mjs (before the typecheck and the tests start, so no two compilers
// write dist/ at once) and the tests' global setups (test/compile-dist.ts).
import { execFile } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';

/** The compile's record: tsc -b rewrites (or touches) it on every build, even one that emits nothing new. */
const RECORD = 'dist/.tsbuildinfo';

/** The newest modification time of the files under a folder (0 when it does not exist). */
function newest(dir) {
  let latest = 0;
  try {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      latest = Math.max(latest, entry.isDirectory() ? newest(file) : statSync(file).mtimeMs);
    }
  } catch {
    return 0;
  }
  return latest;
}

/** True when src/ (or the compiler's options) changed since dist/ was last compiled. */
function stale() {
  let compiled = 0;
  try {
    compiled = statSync(RECORD).mtimeMs;
  } catch {
    // Never compiled.
  }
  return Math.max(newest('src'), statSync('tsconfig.json').mtimeMs) > compiled;
}

/** True when the bundle is missing or older than the last compile (a `tsc` run alone). */
function bundleStale() {
  try {
    return statSync('dist/bundle/studyguide.js').mtimeMs < statSync(RECORD).mtimeMs;
  } catch {
    return true;
  }
}

/** Compiles src/ (tsc -b tsconfig.json) and bundles dist/ when stale; resolves when both are current. */
export async function compileIfStale() {
  if (stale()) {
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    try {
      await promisify(execFile)(process.execPath, [tsc, '-b', 'tsconfig.json']);
    } catch (err) {
      const { stdout = '', stderr = '' } = err;
      throw new Error(`compiling src/ failed:\n${stdout}${stderr}`);
    }
  }
  // Loaded here: esbuild is needed only when there is something to bundle.
  if (bundleStale()) await (await import('./bundle.mjs')).bundle();
}
