import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { watchFolders, type FolderWatch } from '../../src/watch/watch-folders.js';
import { tempDir } from '../helpers.js';

let running: FolderWatch | undefined;
afterEach(() => {
  running?.close();
  running = undefined;
});

/** Watches one folder for `.md` entries; resolves when `name` in it is reported. */
function watchFor(folder: string) {
  const seen: string[] = [];
  let wake = () => {};
  running = watchFolders(
    new Map([[folder, (name: string) => name.endsWith('.md')]]),
    (file) => {
      seen.push(file);
      wake();
    },
    (error) => {
      throw error;
    },
  );
  return async (name: string) => {
    const file = path.join(folder, name);
    while (!seen.includes(file)) await new Promise<void>((resolve) => (wake = resolve));
    return seen;
  };
}

describe('watchFolders', () => {
  it('sees a file saved in a folder deleted and made anew before the watch heard of the deletion', { timeout: 10_000 }, async () => {
    const folder = path.join(await tempDir('studyguide-refolder-'), 'decks');
    await mkdir(folder);
    const reported = watchFor(folder);
    await writeFile(path.join(folder, 'a.md'), 'first');
    await reported('a.md');
    // All in one turn of the event loop: by the time the watch hears the old folder went, a folder
    // of that name is back. The old folder's watch is over; the new one must be watched.
    rmSync(folder, { recursive: true });
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'b.md'), 'second');
    await reported('b.md');
    await writeFile(path.join(folder, 'c.md'), 'third');
    // Reported once or more each (one save can be two events); nothing but these three.
    expect(new Set(await reported('c.md'))).toEqual(new Set(['a', 'b', 'c'].map((n) => path.join(folder, `${n}.md`))));
  });

  it('sees a file saved in a folder deleted and made anew later', { timeout: 10_000 }, async () => {
    const folder = path.join(await tempDir('studyguide-refolder-'), 'decks');
    await mkdir(folder);
    const reported = watchFor(folder);
    rmSync(folder, { recursive: true });
    await new Promise((resolve) => setTimeout(resolve, 100));
    mkdirSync(folder);
    await writeFile(path.join(folder, 'b.md'), 'second');
    expect(await reported('b.md')).toContain(path.join(folder, 'b.md'));
  });

  it('says a file of a folder deleted whole, though the folder is gone when the watch hears of it', { timeout: 10_000 }, async () => {
    const folder = path.join(await tempDir('studyguide-refolder-'), 'decks');
    await mkdir(folder);
    await writeFile(path.join(folder, 'a.md'), 'first');
    const reported = watchFor(folder);
    // In one turn: the file's deletion is heard only once its folder is gone too. Before, that
    // event was dropped, so a watched deck was never seen removed (the preview kept it).
    rmSync(folder, { recursive: true });
    expect(await reported('a.md')).toEqual([path.join(folder, 'a.md')]);
  });
});
