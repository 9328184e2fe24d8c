import { mkdtempSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Every temporary folder the tests make comes from here and is removed when its test file ends
 * (test/remove-temp-dirs.ts, a setup file of both projects): made anywhere in a file (its module
 * body, a hook, a test), a folder is there for the whole file, and gone after it. Left behind,
 * thousands piled up in the system's temporary folder over many runs.
 */
const made = new Set<string>();

/** A fresh temporary folder, removed when the test file ends. */
export async function tempDir(prefix = 'studyguide-test-'): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  made.add(dir);
  return dir;
}

/** tempDir(), for a file's module body or a synchronous helper. */
export function tempDirSync(prefix = 'studyguide-test-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.add(dir);
  return dir;
}

/** Removes every folder made since the last call (a test file's end). */
export async function removeTempDirs(): Promise<void> {
  const dirs = [...made];
  made.clear();
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true, maxRetries: 3 })));
}
