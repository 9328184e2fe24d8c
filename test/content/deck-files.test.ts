import { describe, expect, it } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
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
