import { describe, expect, it } from 'vitest';
import { runCli } from '../cli-run.js';
import { parseInPlace } from '../parse-in-place.js';
import { nameStdinError } from '../../src/content/stdin-deck.js';
import { StudyguideError } from '../../src/errors.js';
import { readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { tempDir } from '../helpers.js';

// The CLI parses its decks in place, in this process (no parser thread started for each run).
parseInPlace();

// Typing slips on the command line: one line each, suggestion included, exit 1.

describe('a mistyped option or command', () => {
  it('is one line with its suggestion (commander put "(Did you mean …?)" on a second line)', async () => {
    for (const [args, line] of [
      [['build', 'deck.md', '--ouputs', 'guide'], "error: unknown option '--ouputs' — did you mean --outputs?\n"],
      [['biuld', 'deck.md'], "error: unknown command 'biuld' — did you mean build?\n"],
    ] as const) {
      const run = await runCli([...args], { NO_COLOR: '1' });
      expect(run.stderr).toBe(line);
      expect(run.code).toBe(1);
    }
  });
});

describe('a deck from standard input beside a deck file of the same name', () => {
  it('names <stdin> and --name, not the temporary file it was saved to', async () => {
    const saved = '/tmp/studyguide-stdin-AbCdEf/deck.md';
    const error = nameStdinError(
      new StudyguideError(`both this deck and ${saved} would be written to the output folder "deck"`, { file: 'deck.md', hint: 'rename one of the two files' }),
      saved,
    ) as StudyguideError;
    expect(error.format()).toBe(
      'deck.md: both this deck and <stdin> would be written to the output folder "deck" — rename one of the two files, or name the deck from standard input with --name',
    );
  });
});

describe('an output folder among the decks, or a value flag given twice', () => {
  const deck = '# Deck\n\n## Basics\n\n### What is a process?\n\n> A running program.\n';
  const build = (args: string[]) => runCli(['build', ...args, '--outputs', 'csv', '--no-cache', '--no-config'], { NO_COLOR: '1' });

  const warning = (folder: string) =>
    `${folder}: warning: the outputs (index.html, a folder per deck) are written among the decks read from this folder — choose a folder that holds no decks, e.g. --out out\n`;
  /** content/a.md and content/os/b.md. */
  const content = async () => {
    const dir = path.join(await tempDir('studyguide-out-decks-'), 'content');
    await mkdir(path.join(dir, 'os'), { recursive: true });
    await writeFile(path.join(dir, 'a.md'), deck);
    await writeFile(path.join(dir, 'os', 'b.md'), deck);
    return dir;
  };
  const decksFound = (stdout: string) =>
    /decks found: (.*)\n/
      .exec(stdout)?.[1]
      .split(', ')
      .map((f) => path.basename(f));

  it('--out naming the folder of the decks builds, warns once, and the rebuild reads the same decks (never our outputs)', async () => {
    const dir = await content();
    for (const round of ['first', 'again']) {
      const run = await build([dir, '--recursive', '--out', dir]);
      expect(run.code, `${round}: ${run.stderr}`).toBe(0);
      expect(run.stderr, round).toBe(warning(dir));
      expect(decksFound(run.stdout), round).toEqual(['a.md', 'b.md']);
    }
  });

  it.each([
    ['a folder below the decks, read with --recursive', (dir: string) => [dir, '--recursive', '--out', path.join(dir, 'out')], 'out'],
    ['a sub-folder that holds decks, read with --recursive', (dir: string) => [dir, '--recursive', '--out', path.join(dir, 'os')], 'os'],
    ["a glob's folder", (dir: string) => [`${dir}/*.md`, '--out', `${dir}/`], '/'],
    ['a sub-folder that holds decks, not read (no --recursive)', (dir: string) => [dir, '--out', path.join(dir, 'os')], undefined],
  ] as const)('--out naming %s: warned where the next build reads that folder', async (_what, args, folder) => {
    const dir = await content();
    const run = await build(args(dir));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe(folder === undefined ? '' : warning(folder === '/' ? `${dir}/` : path.join(dir, folder)));
  });

  it('--out naming the folder of a deck file given by name builds without a word (the next build reads only that file)', async () => {
    const dir = await tempDir('studyguide-out-deck-folder-');
    await writeFile(path.join(dir, 'a.md'), deck);
    const run = await build([path.join(dir, 'a.md'), '--out', dir]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('a value flag given twice with different values is refused, naming both (the last was kept without a word); the same value twice is fine', async () => {
    const dir = await tempDir('studyguide-twice-');
    await writeFile(path.join(dir, 'a.md'), deck);
    const a = path.join(dir, 'a.md');
    const cases: [string[], string][] = [
      [
        ['build', a, '--out', path.join(dir, 'one'), '-o', path.join(dir, 'two')],
        `--out given twice with different values (${path.join(dir, 'one')}, then ${path.join(dir, 'two')})`,
      ],
      [['build', a, '--outputs', 'csv', '--outputs=quizlet'], '--outputs given twice with different values (csv, then quizlet)'],
      [['--config', 'a.json', '--config', 'b.json', 'check', a], '--config given twice with different values (a.json, then b.json)'],
      [['import', a, '-o', 'x.md', '--out', 'y.md'], '--out given twice with different values (x.md, then y.md)'],
    ];
    for (const [args, what] of cases) {
      const run = await runCli(args, { NO_COLOR: '1' });
      expect(run.stderr, args.join(' ')).toBe(`error: ${what} — give it once, with the value you mean\n`);
      expect(run.code).toBe(1);
    }
    expect(readdirSync(dir)).toEqual(['a.md']);
    const out = path.join(dir, 'out');
    const same = await runCli([
      'build',
      a,
      '--out',
      out,
      '--out',
      `${out}/`,
      '--outputs',
      'csv',
      '--outputs',
      'csv',
      '--paper',
      'A4',
      '--paper',
      'a4',
      '--no-cache',
      '--no-config',
    ]);
    expect(same.stderr).toBe('');
    expect(same.code).toBe(0);
    expect(readdirSync(path.join(out, 'a'))).toContain('cards.csv');
  });
});
