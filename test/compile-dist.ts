import { execFile } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';

/** Compiles src/ into dist/ so tests that spawn bin/studyguide.js run the current source. */
async function compile(): Promise<void> {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  try {
    await promisify(execFile)(process.execPath, [tsc, '-p', 'tsconfig.json']);
  } catch (err) {
    const { stdout = '', stderr = '' } = err as { stdout?: string; stderr?: string };
    throw new Error(`compiling src/ failed:\n${stdout}${stderr}`);
  }
}

/** The newest modification time of the files under a folder (0 when it does not exist). */
function newest(dir: string): number {
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

/**
 * The unit project's setup: a few unit tests spawn bin/studyguide.js (interrupts, concurrent
 * builds need a process of their own), which runs dist/. Compiled again only when a source file
 * is newer than the last compile, so a run after an edit never tests the old code, and a run
 * without one costs nothing. The e2e project's setup uses it too.
 */
export default function compileIfStale(): Promise<void> {
  // Both projects' setups may ask at once: one compile serves them (not two writing dist/ together).
  const shared = globalThis as { studyguideCompile?: Promise<void> };
  shared.studyguideCompile ??= (async () => {
    let compiled = 0;
    try {
      compiled = statSync('dist/cli/cli.js').mtimeMs;
    } catch {
      // Never compiled.
    }
    if (newest('src') > compiled) await compile();
  })();
  return shared.studyguideCompile;
}
