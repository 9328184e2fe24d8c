import { describe, expect, it } from 'vitest';
import { runCli } from '../cli-run.js';
import { nameStdinError } from '../../src/content/stdin-deck.js';
import { StudyguideError } from '../../src/errors.js';
import { readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { tempDir } from '../helpers.js';

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
  const build = (args: string[]) => runCli(['build', ...args, '--outputs', 'csv,quizlet,anki', '--no-cache', '--no-config'], { NO_COLOR: '1' });

  it('--out naming a folder the decks are read from builds, warns once, and the rebuild reads the same decks (never our outputs)', async () => {
    const dir = await tempDir('studyguide-out-decks-');
    const content = path.join(dir, 'content');
    await mkdir(path.join(content, 'os'), { recursive: true });
    await writeFile(path.join(content, 'a.md'), deck);
    await writeFile(path.join(content, 'os', 'b.md'), deck);
    const warning = (folder: string) =>
      `${folder}: warning: the outputs (index.html, a folder per deck) are written among the decks read from this folder — choose a folder that holds no decks, e.g. --out out\n`;
    for (const [args, folder] of [
      [[content, '--recursive', '--out', content], content],
      [[content, '--out', path.join(content, 'os')], undefined],
      [[content, '--recursive', '--out', path.join(content, 'os')], path.join(content, 'os')],
      [[content, '--recursive', '--out', path.join(content, 'out')], path.join(content, 'out')],
      [[`${content}/*.md`, '--out', `${content}/`], `${content}/`],
    ] as [string[], string | undefined][]) {
      // Built twice into the decks' own folder: the second build lists our outputs among the decks.
      for (const round of folder === content ? ['first', 'again'] : ['first']) {
        const run = await build([...args]);
        expect(run.code, `${args.join(' ')} ${round}: ${run.stderr}`).toBe(0);
        expect(run.stderr, `${args.join(' ')} ${round}`).toBe(folder ? warning(folder) : '');
        // The rebuild reads the decks it read the first time, not the outputs written among them.
        expect(run.stdout).toMatch(new RegExp(`decks found: ${args.includes('--recursive') ? '.*a\\.md, .*b\\.md\\n' : '.*a\\.md\\n'}`));
      }
    }
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
