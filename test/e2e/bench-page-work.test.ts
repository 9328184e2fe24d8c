import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDeck } from '../../bench/generate-deck.mjs';
import { tempDir } from '../helpers.js';

// bench/page-work.mjs tells what the renderers did for each kind of page job of a build (a guide
// part's measure, its print): the figures issue 18's profiles are read from. Run on the e2e setup's
// shared browser (STUDYGUIDE_BROWSER_WS_ENDPOINT, inherited).
describe('bench/page-work.mjs', () => {
  let stdout = '';
  beforeAll(async () => {
    const deck = path.join(await tempDir(), 'deck.md');
    await writeFile(deck, generateDeck(6));
    ({ stdout } = await promisify(execFile)(process.execPath, ['bench/page-work.mjs', deck, '--outputs', 'guide,cheatsheet', '--jobs']));
  });

  it('counts the layouts and CPU of each kind of page job', () => {
    const rows = stdout.split('\n').filter((l) => l.startsWith('| printing '));
    expect(rows.map((r) => r.split(' | ')[0])).toEqual(expect.arrayContaining(['| printing guide.pdf', '| printing cheatsheet.pdf']));
    for (const row of rows) {
      const [, jobs, layouts, styles, cpu] = row.split(' | ');
      expect(Number(jobs)).toBeGreaterThan(0);
      // A page printed was laid out and styled at least once, on the renderer's main thread.
      expect(Number(layouts)).toBeGreaterThan(0);
      expect(Number(styles)).toBeGreaterThan(0);
      expect(cpu).toMatch(/^\d+\.\d s$/);
    }
  });

  it('says each job with the size of its document', () => {
    const guide = stdout.split('\n').find((l) => l.startsWith('  printing guide.pdf: '));
    expect(guide).toMatch(/: [1-9]\d* layouts, [1-9]\d* style recalcs, \d+\.\d s CPU, [1-9]\d* nodes, \d+\.\d s wall$/);
  });
});
