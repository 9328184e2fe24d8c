import { describe, expect, it } from 'vitest';
import { appendFile, mkdir, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { compiledCodeFingerprint } from '../../src/cache/cache-inputs.js';
import { tempDir } from '../helpers.js';

describe('the code fingerprint in every cache key', () => {
  it('changes when a compiled file is rewritten, grows or appears, or the version changes; not for type declarations', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'print'));
    await writeFile(path.join(dir, 'build.js'), 'export const a = 1;\n');
    await writeFile(path.join(dir, 'print', 'pdf.js'), 'export const b = 2;\n');
    await writeFile(path.join(dir, 'build.d.ts'), 'export declare const a = 1;\n');
    const first = compiledCodeFingerprint(dir, '1.0.0');
    expect(compiledCodeFingerprint(dir, '1.0.0')).toBe(first);
    expect(compiledCodeFingerprint(dir, '1.0.1')).not.toBe(first);

    await appendFile(path.join(dir, 'build.d.ts'), '// a comment\n');
    expect(compiledCodeFingerprint(dir, '1.0.0')).toBe(first);

    // The same size, written again later (a compile that changed one letter).
    await utimes(path.join(dir, 'print', 'pdf.js'), new Date(), new Date(Date.now() + 5_000));
    const rewritten = compiledCodeFingerprint(dir, '1.0.0');
    expect(rewritten).not.toBe(first);

    await appendFile(path.join(dir, 'build.js'), '// more\n');
    const grown = compiledCodeFingerprint(dir, '1.0.0');
    expect(grown).not.toBe(rewritten);

    await writeFile(path.join(dir, 'print', 'new.js'), '');
    expect(compiledCodeFingerprint(dir, '1.0.0')).not.toBe(grown);
  });
});
