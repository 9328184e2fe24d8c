import { afterAll, describe, expect, it, vi } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { tempDir } from '../helpers.js';

// Root reads every folder, so a sub-folder the user may not read is stood in for by a readdir
// that refuses the folder named "locked" the way the system does for another user.
vi.doMock('node:fs/promises', async (original) => {
  const fs = await original<typeof import('node:fs/promises')>();
  const readdir = (async (dir: string, options?: unknown) => {
    if (path.basename(String(dir)) === 'locked') throw Object.assign(new Error(`EACCES: permission denied, scandir '${dir}'`), { code: 'EACCES' });
    return fs.readdir(dir, options as never);
  }) as typeof fs.readdir;
  return { ...fs, default: { ...fs, readdir }, readdir };
});

// Test files share a worker's modules (vitest.config.ts: isolate false): an earlier file may have
// loaded deck-files.ts with the real readdir, so it is loaded afresh here, under the mock, and the
// files after this one load it afresh without the mock.
afterAll(() => {
  vi.doUnmock('node:fs/promises');
  vi.resetModules();
});

describe('a sub-folder that cannot be read, with --recursive', () => {
  it('is an error naming that folder, not a build missing its decks', async () => {
    vi.resetModules();
    const { findDeckFiles } = await import('../../src/content/deck-files.js');
    const dir = await tempDir();
    for (const f of ['top.md', 'locked/hidden-from-us.md']) {
      await mkdir(path.dirname(path.join(dir, f)), { recursive: true });
      await writeFile(path.join(dir, f), '# Deck\n');
    }
    await expect(findDeckFiles([dir], { recursive: true })).rejects.toMatchObject({ message: 'cannot be read: no permission', file: path.join(dir, 'locked') });
  });
});
