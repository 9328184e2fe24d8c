import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli } from '../cli-run.js';
import { parseInPlace } from '../parse-in-place.js';
import { tempDir } from '../helpers.js';

// The CLI parses its decks in place, in this process (no parser thread started for each run).
parseInPlace();

describe('a folder of one-question files, several of them broken', () => {
  it('fails at the first, naming the others by file and line (only the first was said)', async () => {
    const dir = await tempDir('studyguide-folder-failures-');
    for (const name of ['a.md', 'b.md', 'c.md']) await writeFile(path.join(dir, name), '');
    const run = await runCli(['build', dir, '--out', path.join(dir, 'out')], { NO_COLOR: '1' });
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /a\.md:1: deck file is empty — write a "# Title" .*; 2 more files of this folder fail too \(b\.md:1, c\.md:1\): run check on the folder to see each$/,
    );
    const check = await runCli(['check', dir], { NO_COLOR: '1' });
    expect(check.stdout.match(/error: deck file is empty/g)).toHaveLength(3);
  });

  it('one broken file is said as before', async () => {
    const dir = await tempDir('studyguide-folder-failure-');
    await writeFile(path.join(dir, 'a.md'), '');
    await writeFile(path.join(dir, 'b.md'), '# What is a process?\n\nA running program.\n');
    const run = await runCli(['build', dir, '--out', path.join(dir, 'out'), '--outputs', 'csv'], { NO_COLOR: '1' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/a\.md:1: deck file is empty — write a "# Title" and at least one "### Question\?" with an answer\n/);
    expect(run.stderr).not.toContain('more file');
  });
});
