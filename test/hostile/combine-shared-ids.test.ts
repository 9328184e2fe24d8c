import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli } from '../cli-run.js';
import { parseInPlace } from '../parse-in-place.js';
import { tempDir } from '../helpers.js';

// The CLI parses its decks in place, in this process (no parser thread started for each run).
parseInPlace();

// Two decks that give a question the same `Id:` (one copied from the other): alone each is fine,
// but --combine writes both notes with one guid into all/anki.txt, and Anki keeps one of them.

describe('--combine over decks that share an Id', () => {
  it('warns at the second Id, naming the first, and still writes both notes', async () => {
    const dir = await tempDir('studyguide-combine-ids-');
    await writeFile(path.join(dir, 'a.md'), '# Same\n\n## S\n\n### Q one?\n\nId: abc\n\n> a\n');
    await writeFile(path.join(dir, 'b.md'), '# Same\n\n## S\n\n### Q two?\n\nId: abc\n\n> b\n');
    const out = path.join(dir, 'out');
    const run = await runCli(
      ['build', path.join(dir, 'a.md'), path.join(dir, 'b.md'), '--combine', '--out', out, '--outputs', 'anki', '--no-cache', '--no-config'],
      {
        NO_COLOR: '1',
      },
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      `${path.join(dir, 'b.md')}:5: warning: Id "abc" is also used in ${path.join(dir, 'a.md')}:5; in the combined deck (--combine) and in Anki both are one note — give one of them another Id`,
    );
    expect(readFileSync(path.join(out, 'all', 'anki.txt'), 'utf8').match(/^abc\t/gm)).toHaveLength(2);
  });
});
