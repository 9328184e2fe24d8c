// Compiles src/ into dist/ when a source file is newer than the last compile, and bundles it
// (scripts/bundle.mjs) when the bundle is older than the compile: the tests' spawned CLIs and
// parser threads run the bundle (bin/studyguide.js), and the typecheck (`tsc -b test/tsconfig.json`)
// reads src's declarations there. Shared by scripts/run-checks.mjs, the tests' global setups
// (test/compile-dist.ts, test/compile-beside.ts) and the unit tests that run dist/ (test/dist-current.ts),
// under one lock: whichever asks first compiles, the others wait for it, so no two compilers
// write dist/ at once and none reads it half written. `node scripts/compile-if-stale.mjs` does the same.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/** The compile's record: tsc -b rewrites (or touches) it on every build, even one that emits nothing new. */
const RECORD = 'dist/.tsbuildinfo';

/** Held (a folder, with the holder's process id in it) while one process compiles or bundles. */
const LOCK = 'node_modules/.cache/studyguide/compile.lock';

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

/** True when dist/ and its bundle are current and no compile is under way: nothing to wait for. */
export function distCurrent() {
  return !existsSync(LOCK) && !stale() && !bundleStale();
}

/** True while the process that took the lock runs (a compile stopped by Ctrl-C leaves it behind). */
function holderRuns() {
  try {
    process.kill(Number(readFileSync(path.join(LOCK, 'pid'), 'utf8')), 0);
    return true;
  } catch (err) {
    if (err.code === 'EPERM') return true;
    // No pid yet: just taken, unless long ago.
    if (err.code === 'ENOENT') return Date.now() - (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? 0) < 10_000;
    return false;
  }
}

/** Takes the lock, waiting while another process holds it; resolves to its release. */
async function lock() {
  mkdirSync(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(path.join(LOCK, 'pid'), String(process.pid));
      return () => rmSync(LOCK, { recursive: true, force: true });
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
    }
    if (!holderRuns()) rmSync(LOCK, { recursive: true, force: true });
    else await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Compiles src/ (tsc -b tsconfig.json) and bundles dist/ when stale; resolves when both are current. */
export async function compileIfStale() {
  if (distCurrent()) return;
  const release = await lock();
  try {
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
  } finally {
    release();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await compileIfStale();
  } catch (err) {
    process.stderr.write(`${err.message}\n`);
    process.exitCode = 1;
  }
}
