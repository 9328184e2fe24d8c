import { describe, expect, it } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { writeAtomic, writeOutputs } from '../../src/output.js';
import { StudyguideError } from '../../src/errors.js';
import { tempDir } from '../helpers.js';
import { waitFor } from './processes.js';

/** out/deck/ as an earlier build left it. */
async function earlier(): Promise<{ out: string; dir: string }> {
  const out = await tempDir('studyguide-set-');
  const dir = path.join(out, 'deck');
  await mkdir(dir);
  for (const name of ['guide.html', 'guide.pdf', 'cards.pdf', 'quiz.pdf']) await writeFile(path.join(dir, name), `old ${name}`);
  return { out, dir };
}

const NEW = (dir: string) => ['guide.html', 'guide.pdf', 'cards.pdf'].map((name) => ({ path: path.join(dir, name), data: `new ${name}` }));
const contents = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((n) => [n, readFileSync(path.join(dir, n), 'utf8')]),
  );

describe("a deck's outputs", () => {
  it('replace the earlier set whole, keeping earlier files this build does not write, and leave nothing behind', async () => {
    const { out, dir } = await earlier();
    await writeOutputs(NEW(dir));
    expect(contents(dir)).toEqual({ 'cards.pdf': 'new cards.pdf', 'guide.html': 'new guide.html', 'guide.pdf': 'new guide.pdf', 'quiz.pdf': 'old quiz.pdf' });
    expect(await readdir(out)).toEqual(['deck']);
  });

  it('on a full disk: the old set stays whole, the error names the deck and the file with a hint', async () => {
    const { out, dir } = await earlier();
    let written = 0;
    const writeFileFull = async (file: string, data: string | Uint8Array) => {
      if (++written === 3) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      await writeFile(file, data);
    };
    const error = await writeOutputs(NEW(dir), { writeFile: writeFileFull }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(StudyguideError);
    expect((error as StudyguideError).format()).toBe(
      `${path.join(dir, 'cards.pdf')}: could not write the outputs of deck "deck" (ENOSPC) — the disk is full: free some space and build again (the earlier outputs were kept)`,
    );
    expect((error as StudyguideError).exitCode).toBe(2);
    expect(contents(dir)).toEqual({ 'cards.pdf': 'old cards.pdf', 'guide.html': 'old guide.html', 'guide.pdf': 'old guide.pdf', 'quiz.pdf': 'old quiz.pdf' });
    expect(await readdir(out)).toEqual(['deck']);
  });

  it('in an output folder that cannot be written: the old set stays whole, the error names the deck with a hint', async () => {
    const { out, dir } = await earlier();
    // Root writes through permission bits, so as root the folder is made immutable instead.
    const lock = (on: boolean) => (process.getuid?.() === 0 ? execFileSync('chattr', [on ? '+i' : '-i', out]) : chmodSync(out, on ? 0o555 : 0o755));
    lock(true);
    let error: unknown;
    try {
      error = await writeOutputs(NEW(dir)).catch((err: unknown) => err);
    } finally {
      lock(false);
    }
    expect(error).toBeInstanceOf(StudyguideError);
    const [where, rest] = (error as StudyguideError).format().split(': could not write');
    expect(where).toBe(dir);
    expect(rest).toMatch(
      /^ the outputs of deck "deck" \((EPERM|EACCES)\) — the output folder is not writable for you: fix its permissions or choose another with --out$/,
    );
    expect((error as StudyguideError).exitCode).toBe(2);
    expect(contents(dir)).toEqual({ 'cards.pdf': 'old cards.pdf', 'guide.html': 'old guide.html', 'guide.pdf': 'old guide.pdf', 'quiz.pdf': 'old quiz.pdf' });
    expect(await readdir(out)).toEqual(['deck']);
  });

  it('a single file (the index page) in a folder that cannot be written: an error naming it with a hint, the old file kept', async () => {
    const { out } = await earlier();
    const index = path.join(out, 'index.html');
    await writeFile(index, 'old index');
    const lock = (on: boolean) => (process.getuid?.() === 0 ? execFileSync('chattr', [on ? '+i' : '-i', out]) : chmodSync(out, on ? 0o555 : 0o755));
    lock(true);
    let error: unknown;
    try {
      error = await writeAtomic(index, 'new index').catch((err: unknown) => err);
    } finally {
      lock(false);
    }
    // It was the bare "EPERM: operation not permitted, open …", and ENOSPC the same, with no file or hint.
    expect(error).toBeInstanceOf(StudyguideError);
    expect((error as StudyguideError).format()).toMatch(
      new RegExp(
        `^${index.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: could not write this file \\((EPERM|EACCES)\\) — the output folder is not writable for you`,
      ),
    );
    expect((error as StudyguideError).exitCode).toBe(2);
    expect(await readFile(index, 'utf8')).toBe('old index');
    expect((await readdir(out)).sort()).toEqual(['deck', 'index.html']);
  });

  it('clean up after a killed build: its staging folder goes, an old set it left aside comes back', async () => {
    const out = await tempDir('studyguide-set-');
    // pid 999999999 runs nowhere: a build killed mid-swap left the old "b" aside, none in place.
    await mkdir(path.join(out, '.a.999999999.0123abcd.staging'), { recursive: true });
    await mkdir(path.join(out, '.b.999999999.89abcdef.old'));
    await writeFile(path.join(out, '.b.999999999.89abcdef.old', 'guide.pdf'), 'old b');
    await writeOutputs([{ path: path.join(out, 'a', 'guide.pdf'), data: 'new a' }]);
    expect((await readdir(out)).sort()).toEqual(['a', 'b']);
    expect(await readFile(path.join(out, 'b', 'guide.pdf'), 'utf8')).toBe('old b');
  });

  it('interrupted (Ctrl-C) between two files of a set: all old, no staging folder left', async () => {
    const root = await tempDir('studyguide-set-');
    const decks = path.join(root, 'decks');
    const out = path.join(root, 'out');
    await mkdir(decks);
    await writeFile(path.join(decks, 'deck.md'), '# Deck\n\n## S\n\n### One?\n\n> Yes.\n');
    await mkdir(path.join(out, 'deck'), { recursive: true });
    for (const name of ['anki.txt', 'cards.csv']) await writeFile(path.join(out, 'deck', name), `old ${name}`);
    const child = spawn(process.execPath, ['bin/studyguide.js', 'build', decks, '--out', out, '--outputs', 'anki,csv'], {
      stdio: 'ignore',
      env: { ...process.env, STUDYGUIDE_WRITE_PAUSE_MS: '3000' },
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const staging = () => readdirSync(out).filter((n) => n.endsWith('.staging'));
    // The first file of the new set is in the staging folder: the build pauses after it.
    expect(await waitFor(() => staging().some((s) => readdirSync(path.join(out, s)).length > 0) || child.exitCode !== null, 60_000)).toBe(true);
    child.kill('SIGINT');
    expect(await exited).not.toBe(0);
    expect(contents(path.join(out, 'deck'))).toEqual({ 'anki.txt': 'old anki.txt', 'cards.csv': 'old cards.csv' });
    expect(readdirSync(out)).toEqual(['deck']);
    expect(existsSync(path.join(out, 'deck', 'anki.txt'))).toBe(true);
  });
});
