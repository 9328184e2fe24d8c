import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { lockOutputFolder } from '../../src/build-lock.js';
import { StudyguideError } from '../../src/errors.js';
import { tempDir } from '../helpers.js';

// The output folder is the first thing a build writes: a bad --out is one line naming it.

const failure = (promise: Promise<unknown>) => promise.then(() => undefined).catch((err: unknown) => err);
const message = (err: unknown) => (err instanceof StudyguideError ? err.format() : String(err));

describe('--out that cannot be an output folder', () => {
  it('a file: says so, and writes nothing', async () => {
    const root = await tempDir('studyguide-out-');
    const file = path.join(root, 'notes.txt');
    await writeFile(file, 'mine');
    const error = await failure(lockOutputFolder(file, () => undefined));
    expect(message(error)).toBe(`${file}: the output folder is a file, or lies under one — choose a folder with --out`);
    expect((error as StudyguideError).exitCode).toBe(1);
    expect(await failure(lockOutputFolder(path.join(file, 'out'), () => undefined))).toBeInstanceOf(StudyguideError);
    expect(await readdir(root)).toEqual(['notes.txt']);
  });

  it('a folder in a file system that makes none (under /proc): one line naming it, at once', async () => {
    // Node's own recursive mkdir went round forever there: /proc exists, /proc/x can never be made.
    const out = '/proc/studyguide-out/decks';
    const hung = new Promise((resolve) => setTimeout(() => resolve('still making the folder after 3 s'), 3000).unref());
    const error = await Promise.race([failure(lockOutputFolder(out, () => undefined)), hung]);
    expect(message(error)).toBe(`${out}: cannot write to the output folder (ENOENT) — check the output folder, or choose another with --out`);
  });

  it('the root of the file system: refused before anything is written there', async () => {
    const error = await failure(lockOutputFolder('/', () => undefined));
    expect(message(error)).toBe('/: the output folder is the root of the file system — choose a folder for the outputs, e.g. --out out');
  });

  it('a folder that cannot be written: names it with a hint, exit 2, no lock left', async () => {
    const out = await tempDir('studyguide-out-');
    await mkdir(out, { recursive: true });
    // Root writes through permission bits, so as root the folder is made immutable instead.
    const lock = (on: boolean) => (process.getuid?.() === 0 ? execFileSync('chattr', [on ? '+i' : '-i', out]) : chmodSync(out, on ? 0o555 : 0o755));
    lock(true);
    let error: unknown;
    try {
      error = await failure(lockOutputFolder(out, () => undefined));
    } finally {
      lock(false);
    }
    expect(message(error)).toMatch(
      new RegExp(
        `^${out}: cannot write to the output folder \\((EPERM|EACCES)\\) — the output folder is not writable for you: fix its permissions or choose another with --out$`,
      ),
    );
    expect((error as StudyguideError).exitCode).toBe(2);
    expect(await readdir(out)).toEqual([]);
  });
});
