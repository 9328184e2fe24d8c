import { describe, expect, it } from 'vitest';
import { readFile, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CACHE_FILE, readFreshRecord, writeRecord } from '../../src/cache/cache-record.js';
import { tempDir } from '../helpers.js';

describe('a cache record of written outputs', () => {
  it('stays fresh while its files are untouched or rewritten with the same bytes', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'guide.html');
    await writeFile(file, '<p>one</p>');
    await writeRecord(dir, 'k', [{ path: file, data: '<p>one</p>' }], {});
    const record = JSON.parse(await readFile(path.join(dir, CACHE_FILE), 'utf8'));
    // The stat that lets a no-op rebuild skip reading the file.
    expect(record.files[0].stat).toMatch(/^10:/);
    expect(await readFreshRecord(dir, 'k')).toBeDefined();
    expect(await readFreshRecord(dir, 'other key')).toBeUndefined();

    // Written again, same bytes: another stat, so it is read and hashed, and still fresh.
    await writeFile(file, '<p>one</p>');
    expect(await readFreshRecord(dir, 'k')).toBeDefined();
  });

  it('goes stale when a file changes, even to the same size and modification time', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'cards.html');
    await writeFile(file, '<p>one</p>');
    await writeRecord(dir, 'k', [{ path: file, data: '<p>one</p>' }], {});
    const { atime, mtime } = await stat(file);
    await writeFile(file, '<p>two</p>');
    await utimes(file, atime, mtime);
    expect(await readFreshRecord(dir, 'k')).toBeUndefined();
  });

  it('records no stat for a file whose bytes on disk are not the ones written (another build replaced it)', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'guide.pdf');
    await writeFile(file, 'theirs');
    await writeRecord(dir, 'k', [{ path: file, data: 'ours!!' }], {});
    const record = JSON.parse(await readFile(path.join(dir, CACHE_FILE), 'utf8'));
    expect(record.files[0].stat).toBeUndefined();
    expect(await readFreshRecord(dir, 'k')).toBeUndefined();
  });

  it('reads a record written before stats were kept by its hashes alone', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'anki.txt');
    await writeFile(file, 'q\ta\n');
    await writeRecord(dir, 'k', [{ path: file, data: 'q\ta\n' }], {});
    const record = JSON.parse(await readFile(path.join(dir, CACHE_FILE), 'utf8'));
    delete record.files[0].stat;
    await writeFile(path.join(dir, CACHE_FILE), JSON.stringify(record));
    expect(await readFreshRecord(dir, 'k')).toBeDefined();
    await writeFile(file, 'q\tb\n');
    expect(await readFreshRecord(dir, 'k')).toBeUndefined();
  });
});
