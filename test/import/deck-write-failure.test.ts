import { afterAll, describe, expect, it, vi } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../helpers.js';

// A read-only folder (a read-only mount; root ignores file modes, so it is stood in for here).
vi.mock('node:fs/promises', async (original) => ({
  ...(await original<typeof import('node:fs/promises')>()),
  writeFile: () => Promise.reject(Object.assign(new Error('read-only file system'), { code: 'EROFS' })),
}));

describe('import into a folder it cannot write', () => {
  afterAll(() => vi.resetModules());

  it('names the deck and the flags import has (it said "choose another with --out", a flag import has not)', async () => {
    const dir = await tempDir('studyguide-import-ro-');
    const bank = path.join(dir, 'bank.csv');
    writeFileSync(bank, 'What is DNS?,Names to addresses.\n');
    // Test files share a worker's modules: run-import, loaded before by another file, is loaded
    // again here so that it writes through the mocked module.
    vi.resetModules();
    const { runImport } = await import('../../src/import/run-import.js');
    const { StudyguideError } = await import('../../src/errors.js');
    const caught = await runImport([bank], { out: path.join(dir, 'deck.md') }).catch((err: unknown) => err);
    expect(caught).toBeInstanceOf(StudyguideError);
    expect((caught as InstanceType<typeof StudyguideError>).format()).toBe(
      `${path.join(dir, 'deck.md')}: could not write this file (EROFS) — the output folder is on a read-only file system: choose another with -o or --out-dir`,
    );
    expect((caught as InstanceType<typeof StudyguideError>).exitCode).toBe(2);
  });
});
