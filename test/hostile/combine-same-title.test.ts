import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli } from '../cli-run.js';
import { parseInPlace } from '../parse-in-place.js';
import { tempDir } from '../helpers.js';

// The CLI parses its decks in place, in this process (no parser thread started for each run).
parseInPlace();

// --combine names each part by its deck's title: two decks copied from one template printed
// "Part 1 Base deck", "Part 2 Base deck" in the contents and bookmarks, without a word.

describe('--combine over decks with the same title', () => {
  it("warns at the second deck's title line, naming the first, and still combines both", async () => {
    const dir = await tempDir('studyguide-combine-title-');
    await writeFile(path.join(dir, 'a.md'), '# Networking\n\n## S\n\n### Q one?\n\n> a\n');
    await writeFile(path.join(dir, 'b.md'), '---\ntitle: networking\n---\n\n## S\n\n### Q two?\n\n> b\n');
    await writeFile(path.join(dir, 'c.md'), '# Storage\n\n## S\n\n### Q three?\n\n> c\n');
    const out = path.join(dir, 'out');
    const files = ['a.md', 'b.md', 'c.md'].map((f) => path.join(dir, f));
    const run = await runCli(['build', ...files, '--combine', '--out', out, '--outputs', 'csv', '--no-cache', '--no-config'], { NO_COLOR: '1' });
    expect(run.code).toBe(0);
    const said = run.stderr.split('\n').filter((l) => l.includes('same title') || l.includes('also the title'));
    expect(said).toEqual([
      `${files[1]}:2: warning: title "networking" is also the title of ${files[0]}:1; the combined deck (--combine) shows two parts alike in its contents, bookmarks and running heads — give one of them another title`,
    ]);
  });

  it('decks built without --combine, or with titles of their own, are said nothing of', async () => {
    const dir = await tempDir('studyguide-combine-title-');
    await writeFile(path.join(dir, 'a.md'), '# Networking\n\n## S\n\n### Q one?\n\n> a\n');
    await writeFile(path.join(dir, 'b.md'), '# Networking\n\n## S\n\n### Q two?\n\n> b\n');
    const run = await runCli(['build', dir, '--out', path.join(dir, 'out'), '--outputs', 'csv', '--no-cache', '--no-config'], { NO_COLOR: '1' });
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('also the title');
  });
});
