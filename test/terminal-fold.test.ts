import { describe, expect, it } from 'vitest';
import { createBuildReporter, formatCheckReport, FOLD_AFTER } from '../src/cli/terminal.js';
import { build } from '../src/build.js';
import { type BuildEvent, type BuildOptions } from '../src/model/build-options.js';
import { defaultOptions } from '../src/model/option-schema.js';
import { runCli } from './cli-run.js';
import { unusedSession } from './helpers.js';
import type { DiagnosticCode } from '../src/model/diagnostic-codes.js';
import { parseInPlace } from './parse-in-place.js';
import { tempDir } from './temp-dir.js';

const warning = (line: number, code: DiagnosticCode = 'no-card-answer', file = 'decks/net.md'): BuildEvent => ({
  type: 'warning',
  diagnostic: { file, line, severity: 'warning', code, message: `message of line ${line}` },
});

function run(verbosity: 'normal' | 'verbose', events: BuildEvent[]) {
  const err: string[] = [];
  const out: string[] = [];
  const reporter = createBuildReporter({ out: { write: (s: string) => out.push(s) }, err: { write: (s: string) => err.push(s) } }, verbosity, {
    env: { NO_COLOR: '1' },
  });
  for (const e of events) reporter.event(e);
  reporter.summary({ built: ['net'], failed: [] });
  return { err: err.join('').trimEnd().split('\n'), out: out.join('') };
}

// About what the command prints and reads, not the parser's thread: decks parse in place.
parseInPlace();
describe('warnings in the terminal', () => {
  const many = [...Array.from({ length: 8 }, (_, i) => warning(10 + i)), warning(3, 'image-blocked'), warning(4, 'image-blocked')];
  const output: BuildEvent = { type: 'output', deck: 'net', file: 'out/net/guide.pdf', bytes: 10, ms: 5 };

  it(`fold more than ${FOLD_AFTER} of one kind into one line with the count and the first lines`, () => {
    const { err } = run('normal', [...many, output]);
    expect(err).toEqual([
      'decks/net.md:10: warning: 8 × no-card-answer (lines 10, 11, 12, 13, 14 and 3 more), first: message of line 10 — --verbose lists them all',
      'decks/net.md:3: warning: message of line 3',
      'decks/net.md:4: warning: message of line 4',
    ]);
  });

  it('say a warning repeated word for word once, with all its lines when one more than the fold', () => {
    const empty = (line: number): BuildEvent => ({
      type: 'warning',
      diagnostic: {
        file: 'decks/net.md',
        line,
        severity: 'warning',
        code: 'empty-link',
        message: 'link has an empty address — fill in the (…) part or remove the link',
      },
    });
    const lines = [7, 11, 15, 19, 23, 27, 31, 35];
    // Five are each said on their own line, as written.
    expect(run('normal', [...lines.slice(0, FOLD_AFTER).map(empty), output]).err).toEqual(
      lines.slice(0, FOLD_AFTER).map((l) => `decks/net.md:${l}: warning: link has an empty address — fill in the (…) part or remove the link`),
    );
    expect(run('normal', [...lines.slice(0, FOLD_AFTER + 1).map(empty), output]).err).toEqual([
      'decks/net.md:7: warning: 6 × empty-link (lines 7, 11, 15, 19, 23, 27): link has an empty address — fill in the (…) part or remove the link',
    ]);
    expect(run('normal', [...lines.map(empty), output]).err).toEqual([
      'decks/net.md:7: warning: 8 × empty-link (lines 7, 11, 15, 19, 23 and 3 more): link has an empty address — fill in the (…) part or remove the link — --verbose lists them all',
    ]);
  });

  it(`keep ${FOLD_AFTER} of a kind, or kinds of other files, one line each`, () => {
    const five = Array.from({ length: FOLD_AFTER }, (_, i) => warning(i + 1));
    const other = Array.from({ length: 3 }, (_, i) => warning(i + 1, 'no-card-answer', 'decks/os.md'));
    expect(run('normal', [...five, ...other, output]).err).toHaveLength(FOLD_AFTER + 3);
  });

  it('say the same warning in many files once, where it was first, with where it repeats', () => {
    const same = (file: string): BuildEvent => ({
      type: 'warning',
      diagnostic: { file, line: 3, severity: 'warning', code: 'unknown-front-matter', message: 'unknown front matter key "theme"' },
    });
    const files = Array.from({ length: FOLD_AFTER + 2 }, (_, i) => same(`bank/q${i + 1}.md`));
    const { err } = run('normal', [...files, warning(9, 'no-card-answer', 'bank/q2.md'), output]);
    expect(err).toEqual([
      'bank/q1.md:3: warning: unknown front matter key "theme" — the same at 6 more places (bank/q2.md:3, bank/q3.md:3, bank/q4.md:3 and 3 more); --verbose lists them all',
      'bank/q2.md:9: warning: message of line 9',
    ]);
    // As many as FOLD_AFTER are each said; --verbose says every one.
    expect(run('normal', [...files.slice(0, FOLD_AFTER), output]).err).toHaveLength(FOLD_AFTER);
    expect(run('verbose', [...files, output]).err).toHaveLength(FOLD_AFTER + 2);
  });

  it('list every one with --verbose, with its code', () => {
    const { err } = run('verbose', [...many, output]);
    expect(err).toHaveLength(10);
    expect(err[0]).toBe('decks/net.md:10: warning: message of line 10 [no-card-answer]');
  });

  it('fold in check too, errors never', () => {
    const findings = [
      { file: 'a.md', line: 1, level: 'error' as const, code: 'bad-meta-line', message: 'bad' },
      ...Array.from({ length: 7 }, (_, i) => ({ file: 'a.md', line: 2 + i, level: 'warning' as const, code: 'near-duplicate', message: `near ${i}` })),
      { file: 'a.md', line: 20, level: 'error' as const, code: 'bad-meta-line', message: 'worse' },
    ];
    const text = formatCheckReport({ files: ['a.md'], findings, errors: 2, warnings: 7 }, 'normal', {}, { NO_COLOR: '1' });
    expect(text.trimEnd().split('\n')).toEqual([
      'a.md:1: error: bad',
      'a.md:2: warning: 7 × near-duplicate (lines 2, 3, 4, 5, 6 and 2 more), first: near 0 — --verbose lists them all',
      'a.md:20: error: worse',
      '2 errors, 7 warnings in 1 deck',
    ]);
  });
});

describe('a no-op rebuild', () => {
  it('does not print the warnings again, and says how many there were', async () => {
    const outDir = await tempDir('sg-noop-');
    // The CSV output prints nothing, so no browser starts.
    const opts = { ...defaultOptions(), paths: ['test/fixtures/findings-shared/deck.md'], outDir, outputs: ['csv'] } as BuildOptions;
    const first: BuildEvent[] = [];
    await build(opts, (e) => first.push(e), { session: unusedSession() });
    const count = first.filter((e) => e.type === 'warning').length;
    expect(count).toBeGreaterThan(0);
    const again: BuildEvent[] = [];
    await build(opts, (e) => again.push(e), { session: unusedSession() });
    expect(again.filter((e) => e.type === 'warning')).toEqual([]);
    const outputs = again.filter((e) => e.type === 'output' && e.deck);
    expect(outputs.every((e) => e.type === 'output' && e.cached)).toBe(true);
    const { err, out } = run('normal', again);
    expect(err).toEqual(['']);
    expect(out).toContain(`unchanged, ${count} warnings when built (--no-cache shows them)`);
  });

  it('from the CLI (the whole-build record) prints no warning either', async () => {
    const outDir = await tempDir('sg-noop-cli-');
    const args = ['build', 'test/fixtures/findings-shared/deck.md', '--outputs', 'csv', '--out', outDir];
    const first = await runCli(args, { NO_COLOR: '1' });
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('warning:');
    const again = await runCli(args, { NO_COLOR: '1' });
    expect(again.code).toBe(0);
    expect(again.stderr).toBe('');
    expect(again.stdout).toMatch(/unchanged, \d+ warnings when built/);
  });

  it("from the CLI counts a folder deck's warnings, which its files carry", async () => {
    const outDir = await tempDir('sg-noop-folder-');
    const args = ['build', 'test/fixtures/folder-bank/questions', '--outputs', 'csv', '--out', outDir];
    const first = await runCli(args, { NO_COLOR: '1' });
    expect(first.code).toBe(0);
    const count = first.stderr.split('\n').filter((l) => l.includes(': warning: ')).length;
    expect(count).toBeGreaterThan(1);
    const again = await runCli(args, { NO_COLOR: '1' });
    expect(again.stdout).toContain(`unchanged, ${count} warnings when built`);
  });
});
