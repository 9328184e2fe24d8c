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

describe('an output folder among the decks, or a flag given twice', () => {
  const deck = '# Deck\n\n## Basics\n\n### What is a process?\n\n> A running program.\n';

  it('--out naming a folder that holds decks is refused before anything is written there (outputs went among the decks)', async () => {
    const dir = await tempDir('studyguide-out-decks-');
    const content = path.join(dir, 'content');
    await mkdir(path.join(content, 'os'), { recursive: true });
    await writeFile(path.join(content, 'a.md'), deck);
    await writeFile(path.join(content, 'os', 'b.md'), deck);
    for (const [args, folder] of [
      [[content, '--out', content], content],
      [[content, '--recursive', '--out', path.join(content, 'os')], path.join(content, 'os')],
      [[path.join(content, 'a.md'), '--out', `${content}/`], content],
    ] as const) {
      const run = await runCli(['build', ...args, '--outputs', 'csv', '--no-cache', '--no-config'], { NO_COLOR: '1' });
      expect(run.stderr, args.join(' ')).toBe(
        `error: ${folder}: --out names a folder that holds decks: the outputs would be written among them — choose a folder that holds no decks, e.g. --out out\n`,
      );
      expect(run.code).toBe(1);
    }
    expect(readdirSync(content).sort()).toEqual(['a.md', 'os']);
    expect(readdirSync(path.join(content, 'os'))).toEqual(['b.md']);
  });

  it('a value flag given twice is refused, naming both values (the last was kept without a word)', async () => {
    const dir = await tempDir('studyguide-twice-');
    await writeFile(path.join(dir, 'a.md'), deck);
    const cases: [string[], string][] = [
      [
        ['build', path.join(dir, 'a.md'), '--out', path.join(dir, 'one'), '--out', path.join(dir, 'two')],
        `--out given twice (${path.join(dir, 'one')}, then ${path.join(dir, 'two')})`,
      ],
      [['build', path.join(dir, 'a.md'), '--outputs', 'csv', '--outputs=quizlet'], '--outputs given twice (csv, then quizlet)'],
      [['--config', 'a.json', '--config', 'b.json', 'check', path.join(dir, 'a.md')], '--config given twice (a.json, then b.json)'],
    ];
    for (const [args, what] of cases) {
      const run = await runCli(args, { NO_COLOR: '1' });
      expect(run.stderr, args.join(' ')).toBe(`error: ${what} — give it once\n`);
      expect(run.code).toBe(1);
    }
    expect(readdirSync(dir)).toEqual(['a.md']);
  });
});
