import { describe, expect, it } from 'vitest';
import { symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { findDeckFiles } from '../../src/content/deck-files.js';
import { StudyguideError } from '../../src/errors.js';
import { tempDir } from '../helpers.js';

// A deck path that is there but cannot be followed is said as what it is, not "no such file".

const failure = (promise: Promise<unknown>) => promise.then(() => undefined).catch((err: unknown) => err);

describe('deck paths that are links', () => {
  it('a link that loops is named as one (it said "no such file or folder")', async () => {
    const dir = await tempDir('studyguide-links-');
    await symlink('b.md', path.join(dir, 'a.md'));
    await symlink('a.md', path.join(dir, 'b.md'));
    const error = await failure(findDeckFiles([path.join(dir, 'a.md')]));
    expect(error).toBeInstanceOf(StudyguideError);
    expect((error as StudyguideError).format()).toBe(
      `${path.join(dir, 'a.md')}: is a symbolic link that loops back on itself — point the link at a deck file, or pass the file itself`,
    );
  });

  it('a link to nothing names its target', async () => {
    const dir = await tempDir('studyguide-links-');
    await symlink('gone.md', path.join(dir, 'deck.md'));
    const error = await failure(findDeckFiles([path.join(dir, 'deck.md')]));
    expect((error as StudyguideError).format()).toBe(
      `${path.join(dir, 'deck.md')}: is a symbolic link to gone.md, which does not exist — point the link at a deck file, or pass the file itself`,
    );
  });

  it('a link to another deck of the folder is that deck, built once under its own name (it built it twice, under two names)', async () => {
    const dir = await tempDir('studyguide-links-');
    await writeFile(path.join(dir, 'networking.md'), '# Networking\n');
    await symlink('networking.md', path.join(dir, 'latest.md'));
    expect(await findDeckFiles([dir])).toEqual([path.join(dir, 'networking.md')]);
  });
});
