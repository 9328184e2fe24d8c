import { describe, expect, it } from 'vitest';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { findDeckFiles } from '../../src/content/deck-files.js';
import { tempDir } from '../helpers.js';

/** A folder of decks: top.md, a/one.md, a/b/two.md, a/notes.txt, .hidden/x.md, node_modules/pkg/readme.md. */
async function deckTree(): Promise<string> {
  const dir = await tempDir();
  for (const f of ['top.md', 'a/one.md', 'a/b/two.md', 'a/notes.txt', '.hidden/x.md', 'node_modules/pkg/readme.md']) {
    await mkdir(path.dirname(path.join(dir, f)), { recursive: true });
    await writeFile(path.join(dir, f), '# Deck\n');
  }
  return dir;
}

describe('finding deck files', () => {
  it('reads one level of a folder, or all the way down with recursive', async () => {
    const dir = await deckTree();
    expect(await findDeckFiles([dir])).toEqual([path.join(dir, 'top.md')]);
    expect(await findDeckFiles([dir], { recursive: true })).toEqual(['a/b/two.md', 'a/one.md', 'top.md'].map((f) => path.join(dir, f)));
  });

  it('lists with recursive the deck names that are no readable file, as it lists them one level down, so each fails at its name', async () => {
    // Before, a link that loops or points nowhere and a named pipe were left out of a recursive walk without a word.
    const dir = await deckTree();
    await symlink('loop.md', path.join(dir, 'a', 'loop.md'));
    await symlink('gone.md', path.join(dir, 'a', 'dangling.md'));
    execFileSync('mkfifo', [path.join(dir, 'a', 'pipe.md')]);
    const oneLevel = await findDeckFiles([path.join(dir, 'a')]);
    expect(oneLevel.map((f) => path.basename(f))).toEqual(['dangling.md', 'loop.md', 'one.md', 'pipe.md']);
    expect(await findDeckFiles([dir], { recursive: true })).toEqual(['a/b/two.md', 'a/dangling.md', 'a/loop.md', 'a/one.md', 'a/pipe.md', 'top.md'].map((f) => path.join(dir, f)));
  });

  it('reads a deck named twice in two spellings once (it failed as two decks written to one output folder)', async () => {
    const dir = await deckTree();
    const top = path.join(dir, 'top.md');
    const again = `${dir}${path.sep}.${path.sep}top.md`;
    expect(await findDeckFiles([top, again, dir])).toEqual([top]);
    const roundabout = [dir, 'a', '..', 'a', 'one.md'].join(path.sep);
    expect(await findDeckFiles([roundabout, path.join(dir, 'a')])).toEqual([roundabout]);
  });

  it('expands globs itself, so a quoted pattern works', async () => {
    const dir = await deckTree();
    expect(await findDeckFiles([`${dir}/**/*.md`])).toEqual(['a/b/two.md', 'a/one.md', 'top.md'].map((f) => path.join(dir, f)));
    expect(await findDeckFiles([`${dir}/a/*`])).toEqual([path.join(dir, 'a/one.md')]);
  });

  it('names a glob that matches no deck, and a folder with decks only below it', async () => {
    const dir = await deckTree();
    await expect(findDeckFiles([`${dir}/**/*.markdown`])).rejects.toThrow('no .md deck files match this pattern');
    await mkdir(path.join(dir, 'only-below', 'x'), { recursive: true });
    await writeFile(path.join(dir, 'only-below', 'x', 'deck.md'), '# Deck\n');
    await expect(findDeckFiles([path.join(dir, 'only-below')])).rejects.toThrow(/folder has no \.md decks/);
    await expect(findDeckFiles([path.join(dir, 'only-below')])).rejects.toMatchObject({ hint: expect.stringContaining('--recursive') });
    expect(await findDeckFiles([path.join(dir, 'only-below')], { recursive: true })).toEqual([path.join(dir, 'only-below', 'x', 'deck.md')]);
  });

  it('still calls a plain missing path missing', async () => {
    await expect(findDeckFiles(['no/such/deck.md'])).rejects.toThrow('no such file or folder');
  });
});
