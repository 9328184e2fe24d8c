import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli } from '../cli-run.js';
import { parseInPlace } from '../parse-in-place.js';
import { tempDir } from '../helpers.js';

// The CLI parses its decks in place, in this process (no parser thread started for each run).
parseInPlace();

// File names and bank cells reach the terminal through import, ids and the build's own errors:
// none of them may rewrite the terminal or pass for another file's name.

const ESC = '\u001b';
const deck = '# Deck\n\n## Basics\n\n### What is a process?\n\n> A running program.\n';
/** True when a line holds a control character (tab and line end aside) or a bidirectional control. */
// Control characters are what this matches, on purpose.
// eslint-disable-next-line no-control-regex
const raw = (text: string) => /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(text);

describe('names and cells from the files a command reads', () => {
  it('import writes out the escapes and bidirectional controls of a bank cell and its file name (they reached the terminal raw: ESC[2J cleared it)', async () => {
    const dir = await tempDir('studyguide-import-names-');
    const bank = path.join(dir, 'ev\u202Evsc.csv');
    await writeFile(bank, `question,answer,level\nWhat?,Yes,${ESC}[2J\u202Eevil\n`);
    const run = await runCli(['import', bank, '-o', path.join(dir, 'deck.md')], { NO_COLOR: '1' });
    expect(run.code).toBe(0);
    expect(raw(run.stdout), run.stdout).toBe(false);
    expect(raw(run.stderr), run.stderr).toBe(false);
    expect(run.stderr).toContain('ev\\u202evsc.csv:2: warning: row 2 gives the level "\\x1b[2J\\u202eevil"');
    expect(run.stdout).toContain('ev\\u202evsc.csv → ');
  });

  it('ids writes out the controls of a deck file name (it printed the name raw)', async () => {
    const dir = await tempDir('studyguide-ids-names-');
    const file = path.join(dir, `id${ESC}[31m\u202Edm.md`);
    await writeFile(file, deck);
    const run = await runCli(['ids', file], { NO_COLOR: '1' });
    expect(run.code).toBe(0);
    expect(raw(run.stdout), run.stdout).toBe(false);
    expect(run.stdout).toContain('id\\x1b[31m\\u202edm.md: 1 Id line added');
  });

  it('two decks whose names differ only by an invisible character: the clash says which character (the two names printed alike)', async () => {
    const dir = await tempDir('studyguide-invisible-names-');
    await writeFile(path.join(dir, 'a.md'), deck);
    await writeFile(path.join(dir, 'a\u200B.md'), deck);
    const run = await runCli(['check', dir], { NO_COLOR: '1' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('holds an invisible character (U+200B)');
  });

  it('a deck file whose name starts with a dash is named as a file, with how to pass it (it was an "unknown option")', async () => {
    const dir = await tempDir('studyguide-dash-name-');
    await writeFile(path.join(dir, '-dash.md'), deck);
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const run = await runCli(['check', '-dash.md'], { NO_COLOR: '1' });
      expect(run.stderr).toBe("error: unknown option '-dash.md' — to read the file of that name, write ./-dash.md (or put -- before it)\n");
      expect(run.code).toBe(1);
      expect((await runCli(['check', '--', '-dash.md'])).code).toBe(0);
    } finally {
      process.chdir(cwd);
    }
  });

  it('build lists the deck files it found on one line, a line break in a name written out (the list split in two)', async () => {
    const dir = await tempDir('studyguide-found-names-');
    await writeFile(path.join(dir, 'a\nb.md'), deck);
    await writeFile(path.join(dir, 'c.md'), deck);
    const run = await runCli(['build', dir, '--out', path.join(dir, 'out'), '--outputs', 'csv', '--no-cache'], { NO_COLOR: '1' });
    expect(run.code).toBe(0);
    const found = run.stdout.split('\n').find((l) => l.startsWith('decks found:'));
    expect(found).toMatch(/^decks found: .*a\\nb\.md, .*c\.md$/);
  });
});
