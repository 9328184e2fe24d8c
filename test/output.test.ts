import { describe, expect, it } from 'vitest';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { outputPath, removeStaleTemps, writeAtomic } from '../src/output.js';
import { tempDir } from './helpers.js';

describe('output files', () => {
  it('replaces a file whole and leaves no temporary file', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'deck', 'guide.pdf');
    await writeAtomic(file, 'first');
    await writeAtomic(file, 'second');
    expect(await readFile(file, 'utf8')).toBe('second');
    expect(await readdir(path.dirname(file))).toEqual(['guide.pdf']);
  });

  it('removes its temporary file when the write fails, keeping the old target', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'guide.pdf');
    await mkdir(path.join(target, 'inside'), { recursive: true }); // a folder in the way: rename fails
    await expect(writeAtomic(target, 'new')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['guide.pdf']);
    expect(await readdir(target)).toEqual(['inside']);
  });

  it('sweeps temporary files of builds that no longer run, not of running ones', async () => {
    const dir = await tempDir();
    const dead = `.guide.pdf.999999999.0123abcd.tmp`;
    const alive = `.cards.pdf.${process.pid}.89abcdef.tmp`;
    for (const n of [dead, alive, 'guide.pdf', '.hidden']) await writeFile(path.join(dir, n), 'x');
    expect(await removeStaleTemps(dir)).toEqual([dead]);
    expect((await readdir(dir)).sort()).toEqual(['.cards.pdf.' + process.pid + '.89abcdef.tmp', '.hidden', 'guide.pdf'].sort());
  });

  it('refuses paths that leave the output folder', () => {
    expect(() => outputPath('/tmp/out', '..', 'x')).toThrow(/escapes the output folder/);
    expect(() => outputPath('/tmp/out', 'deck', '../../etc/passwd')).toThrow(/escapes/);
    expect(outputPath('/tmp/out', 'deck', 'guide.pdf')).toBe('/tmp/out/deck/guide.pdf');
  });
});
