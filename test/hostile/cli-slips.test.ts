import { describe, expect, it } from 'vitest';
import { runCli } from '../cli-run.js';

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
