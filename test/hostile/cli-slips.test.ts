import { describe, expect, it } from 'vitest';
import { runCli } from '../cli-run.js';
import { nameStdinError } from '../../src/content/stdin-deck.js';
import { StudyguideError } from '../../src/errors.js';

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
