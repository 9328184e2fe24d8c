import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { tempDir } from '../helpers.js';
import { runCli } from '../cli-run.js';
import { snapshot } from './snapshot.js';
import { parseInPlace } from '../parse-in-place.js';
import { saveStdinDeck } from '../../src/content/stdin-deck.js';

parseInPlace();

// TMPDIR naming a folder that is gone (a shell profile from another machine, a cleaned-up CI
// scratch folder) is a broken environment, not a bad deck: it fails before the browser starts.

const DECK = '# Temp\n\n## S\n\n### What is a temporary folder?\n\n> Where programs keep files for one run.\n';

describe('TMPDIR that cannot hold a folder', () => {
  for (const [name, where] of [
    ['does not exist', (dir: string) => path.join(dir, 'gone', 'tmp')],
    ['is a file', (dir: string) => path.join(dir, 'deck.md')],
  ] as const) {
    it(`${name}: one line naming TMPDIR and its path, exit 2, out/ untouched`, async () => {
      const dir = await tempDir('studyguide-tmpdir-');
      const deck = path.join(dir, 'deck.md');
      writeFileSync(deck, DECK);
      const out = path.join(dir, 'out');
      const before = snapshot(dir);
      const tmp = where(dir);
      const result = await runCli(['build', deck, '--out', out, '--no-cache', '--no-config'], {
        TMPDIR: tmp,
        NO_COLOR: '1',
        STUDYGUIDE_BROWSER_WS_ENDPOINT: undefined,
      });
      const errors = result.stderr.split('\n').filter((l) => l.startsWith('error:'));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain(`TMPDIR (${tmp})`);
      expect(errors[0]).toMatch(/ — .*TMPDIR/);
      expect(errors[0]).not.toMatch(/--debug|deck\.md:/);
      expect(result.code).toBe(2);
      expect(snapshot(dir)).toEqual(before);
    });
  }

  it('holds no deck read from standard input either: the same line, exit 2', async () => {
    const dir = await tempDir('studyguide-tmpdir-');
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = path.join(dir, 'gone');
    try {
      const failed = await saveStdinDeck(Readable.from([Buffer.from(DECK)])).then(
        () => undefined,
        (err: { format(): string; exitCode: number }) => err,
      );
      expect(failed?.format()).toBe(
        `cannot make a folder for the deck read from standard input in TMPDIR (${path.join(dir, 'gone')}): it does not exist — point TMPDIR at a folder you can write to, or unset it`,
      );
      expect(failed?.exitCode).toBe(2);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
  });
});
