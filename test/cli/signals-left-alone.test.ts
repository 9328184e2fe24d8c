import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { onInterrupt } from '../../src/interrupt.js';
import { start } from '../../src/cli/start.js';
import { runCli } from '../cli-run.js';
import { tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

// Only bin/studyguide.js arms the CLI's Ctrl-C handling (its clean-ups on SIGINT/SIGTERM). A
// command run through start() or main() inside another program (the tests' workers, which also
// run API builds that must leave signals alone: e2e/api-abort) leaves that program's signals as
// they were: a clean-up registered after it adds no listener. (Ctrl-C of the real bin:
// e2e/faults/interrupted-build.)
describe('a command run inside another process', () => {
  it('leaves its SIGINT and SIGTERM listeners as they were, after build and --help', async () => {
    const listeners = () => ['SIGINT', 'SIGTERM'].map((s) => process.listenerCount(s));
    const before = listeners();
    const dir = await tempDir('studyguide-signals-');
    const deck = path.join(dir, 'deck.md');
    await writeFile(deck, '# Deck\n\n## S\n\n### One?\n\n> Yes.\n');
    const built = await runCli(['build', deck, '--out', path.join(dir, 'out'), '--outputs', 'csv', '--no-cache']);
    expect(built.code, built.stderr).toBe(0);
    const help = await runCli(['--help']);
    expect(help.stdout).toContain('Usage:');
    expect(await start(['node', 'studyguide', 'check', deck])).toBe(0);
    const off = onInterrupt(() => undefined);
    try {
      expect(listeners()).toEqual(before);
    } finally {
      off();
    }
  });
});
