import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { writeOutputs } from '../../src/output.js';
import { StudyguideError } from '../../src/errors.js';
import { tempDir } from '../helpers.js';

// A deck's new outputs swap in for the old set, which is then removed. Something in the old set
// that cannot be removed (a folder made read-only, a file made immutable) broke that halfway.

/** Root writes through permission bits, so as root the file is made immutable instead. */
function lock(file: string, on: boolean): void {
  if (process.getuid?.() === 0) execFileSync('chattr', [on ? '+i' : '-i', file]);
  else chmodSync(path.dirname(file), on ? 0o555 : 0o755);
}

async function earlier(): Promise<{ out: string; dir: string; locked: string }> {
  const out = await tempDir('studyguide-locked-');
  const dir = path.join(out, 'deck');
  await mkdir(path.join(dir, 'notes'), { recursive: true });
  for (const name of ['guide.pdf', 'cards.pdf']) await writeFile(path.join(dir, name), `old ${name}`);
  const locked = path.join(dir, 'notes', 'mine.txt');
  await writeFile(locked, 'my own notes');
  return { out, dir, locked };
}

const NEW = (dir: string) => ['guide.pdf', 'cards.pdf'].map((name) => ({ path: path.join(dir, name), data: `new ${name}` }));
const read = (dir: string, name: string) => readFileSync(path.join(dir, name), 'utf8');

describe("a deck's earlier outputs that cannot be removed", () => {
  it('stop the build before anything moves, naming what is locked (the new set went in, then "EPERM: … unlink" and a hidden .old folder)', async () => {
    const { out, dir, locked } = await earlier();
    lock(locked, true);
    let error: unknown;
    try {
      error = await writeOutputs(NEW(dir)).catch((err: unknown) => err);
    } finally {
      lock(locked, false);
    }
    expect(error).toBeInstanceOf(StudyguideError);
    const text = (error as StudyguideError).format();
    expect(text.split('\n')).toHaveLength(1);
    expect(text).toMatch(/: could not write the outputs of deck "deck" \((EPERM|EACCES)\) — the output folder is not writable for you: fix its permissions/);
    expect(text.startsWith(process.getuid?.() === 0 ? locked : path.dirname(locked))).toBe(true);
    expect([read(dir, 'guide.pdf'), read(dir, 'cards.pdf'), read(dir, 'notes/mine.txt')]).toEqual(['old guide.pdf', 'old cards.pdf', 'my own notes']);
    expect(await readdir(out)).toEqual(['deck']);
  });

  it('a folder a killed build left that cannot be removed is named, with what to do (every later build stopped on a bare "EPERM: … unlink")', async () => {
    const { out, dir } = await earlier();
    const stale = path.join(out, '.deck.999999999.0123abcd.old');
    await mkdir(stale);
    const kept = path.join(stale, 'guide.pdf');
    await writeFile(kept, 'older guide.pdf');
    lock(kept, true);
    let error: unknown;
    try {
      error = await writeOutputs(NEW(dir)).catch((err: unknown) => err);
    } finally {
      lock(kept, false);
    }
    expect(error).toBeInstanceOf(StudyguideError);
    expect((error as StudyguideError).format()).toMatch(
      new RegExp(
        `^${stale.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: could not remove this folder of earlier outputs \\([A-Z]+\\) — an earlier build left it here: remove it`,
      ),
    );
    expect(read(dir, 'guide.pdf')).toBe('old guide.pdf');
    // Once it can go, the next build removes it and writes.
    await writeOutputs(NEW(dir));
    expect(readdirSync(out)).toEqual(['deck']);
    expect(read(dir, 'guide.pdf')).toBe('new guide.pdf');
  });
});
