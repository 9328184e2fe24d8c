import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { crc32 } from '../../src/crc32.js';
import { zipFiles } from '../../src/outputs/zip-files.js';
import { tempDirSync } from '../temp-dir.js';

const DATE = new Date(2024, 0, 2, 3, 4, 6);
/** Text that deflates well, and bytes that do not. */
const FILES = {
  'collection.anki2': Buffer.from('SQLite format 3\0'.repeat(4000)),
  media: Buffer.from('{"0":"schéma.png"}'),
  '0': Uint8Array.from({ length: 3000 }, (_, i) => (i * 7919) % 251),
  'schéma.txt': Buffer.from(''),
};

describe('zipFiles', () => {
  it('makes a zip whose entries read back as the files, deflated', () => {
    const zip = zipFiles(FILES, DATE);
    const read = unzipSync(zip);
    // fflate reads a name as UTF-8 only where its entry says so (flag bit 11): 'schéma.txt' comes back whole.
    expect(Object.keys(read)).toEqual(Object.keys(FILES));
    for (const [name, data] of Object.entries(FILES)) expect(Buffer.from(read[name]).equals(Buffer.from(data)), name).toBe(true);
    expect(zip.length).toBeLessThan(FILES['collection.anki2'].length / 10);
  });

  it('is read by the unzip tool, CRCs checked, dates as given', () => {
    const dir = tempDirSync('zip-files-');
    const file = path.join(dir, 'a.zip');
    writeFileSync(file, zipFiles(FILES, DATE));
    expect(execFileSync('unzip', ['-t', file], { encoding: 'utf8' })).toMatch(/No errors detected/);
    const listing = execFileSync('unzip', ['-l', file], { encoding: 'utf8' });
    expect(listing).toMatch(/2024-01-02 03:04/);
    execFileSync('unzip', ['-q', file, '-d', path.join(dir, 'out')]);
    expect(readFileSync(path.join(dir, 'out', 'media'), 'utf8')).toBe('{"0":"schéma.png"}');
  });

  it('gives the same bytes for the same files and date', () => {
    expect(Buffer.from(zipFiles(FILES, DATE)).equals(Buffer.from(zipFiles(FILES, DATE)))).toBe(true);
  });

  it('computes the CRC-32 zip uses', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });
});
