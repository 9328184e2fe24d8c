import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import config from '../vitest.config.js';
import { removeTempDirs, tempDir, tempDirSync } from './temp-dir.js';

// Runs of the suite left thousands of folders in the system's temporary folder: each test file's
// are now removed when it ends (test/temp-dir.ts, test/remove-temp-dirs.ts).

/** The system's temporary folder's entries that start with `prefix`. */
const entries = (prefix: string) => readdirSync(tmpdir()).filter((name) => name.startsWith(prefix));

describe("the tests' temporary folders", () => {
  it('are all gone, with what they hold, once a test file ends', async () => {
    const prefix = `studyguide-temp-check-${process.pid}-`;
    expect(entries(prefix)).toEqual([]);
    const made = [await tempDir(prefix), tempDirSync(prefix), await tempDir(prefix)];
    for (const dir of made) writeFileSync(path.join(dir, 'deck.md'), '# Deck\n');
    expect(entries(prefix)).toHaveLength(3);
    await removeTempDirs();
    expect(entries(prefix)).toEqual([]);
  });

  it('are removed after each file of both projects', () => {
    const projects = (config.test?.projects ?? []) as { test: { name: string; setupFiles?: string[] } }[];
    expect(projects.map((p) => p.test.name).sort()).toEqual(['e2e', 'unit']);
    for (const p of projects) expect(p.test.setupFiles, p.test.name).toContain('test/remove-temp-dirs.ts');
  });

  it('all come from test/temp-dir.ts: no test makes one of its own', () => {
    const own = readdirSync('test', { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && file !== 'temp-dir.ts' && file !== 'temp-dir.test.ts')
      .filter((file) => /\bmkdtemp(Sync)?\(/.test(readFileSync(path.join('test', file), 'utf8')));
    expect(own).toEqual([]);
  });
});
