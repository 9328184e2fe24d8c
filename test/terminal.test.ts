import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { colorEnabled, createBuildReporter, formatError } from '../src/cli/terminal.js';
import { optionEntries } from '../src/model/option-schema.js';
import { environmentError, StudyguideError } from '../src/errors.js';
import { runCli } from './cli-run.js';
import { parseInPlace } from './parse-in-place.js';

const longCard = 'test/fixtures/check-long-card/deck.md';

// About what the command prints and reads, not the parser's thread: decks parse in place.
parseInPlace();
describe('terminal output', () => {
  it('uses colours only on a terminal, and never with NO_COLOR', () => {
    expect(colorEnabled({ isTTY: true }, {})).toBe(true);
    expect(colorEnabled({ isTTY: false }, {})).toBe(false);
    expect(colorEnabled({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(colorEnabled({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
    expect(colorEnabled({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
  });

  it('prints a line per deck and per output with pages, size and time, then a summary', () => {
    const lines: string[] = [];
    const sink = { write: (s: string) => lines.push(s), isTTY: true };
    const reporter = createBuildReporter({ out: sink, err: sink }, 'normal', { env: { NO_COLOR: '1' } });
    reporter.event({ type: 'output', deck: 'net', file: path.resolve('out/net/guide.pdf'), pages: 12, bytes: 204_800, ms: 2100 });
    reporter.event({
      type: 'warning',
      diagnostic: { file: 'content/net.md', line: 9, severity: 'warning', code: 'no-card-answer', message: 'no card answer' },
    });
    reporter.summary({ built: ['net'], failed: [] });
    expect(lines[0]).toBe('content/net.md:9: warning: no card answer\n');
    expect(lines[1]).toBe('net → out/net/  1 file, 2.1 s\n');
    expect(lines[2]).toMatch(/^ {2}guide\.pdf +12 pages +200\.0 KB {2}2\.1 s\n$/);
    expect(lines[3]).toMatch(/^✓ built 1 deck in \d+\.\d s, 1 warning\n$/);
    expect(lines.join('')).not.toContain('\u001b[');
  });

  it('says nothing but errors with --quiet', () => {
    const lines: string[] = [];
    const sink = { write: (s: string) => lines.push(s) };
    const reporter = createBuildReporter({ out: sink, err: sink }, 'quiet');
    reporter.event({ type: 'output', deck: 'net', file: 'out/net/guide.pdf', bytes: 10, ms: 1 });
    reporter.event({ type: 'warning', diagnostic: { file: 'a.md', line: 1, severity: 'warning', code: 'bad-math', message: 'y' } });
    reporter.event({ type: 'deck-failed', file: 'a.md', error: new StudyguideError('broken', { file: 'a.md', line: 3, hint: 'fix it' }) });
    reporter.summary({ built: ['b'], failed: [{ file: 'a.md', error: null }] });
    expect(lines[0]).toBe('error: a.md:3: broken — fix it\n');
    expect(lines.slice(1).join('')).toMatch(/^1 of 2 decks failed/);
  });

  it("names the deck in a deck's failure whose error names no file (a print that timed out)", () => {
    const lines: string[] = [];
    const sink = { write: (s: string) => lines.push(s) };
    const reporter = createBuildReporter({ out: sink, err: sink }, 'quiet');
    reporter.event({ type: 'deck-failed', file: 'decks/big.md', error: environmentError('printing timed out after 240 s', 'split it into smaller decks') });
    reporter.event({ type: 'deck-failed', file: 'decks/odd.md', error: new Error('boom') });
    expect(lines).toEqual([
      'error: decks/big.md: printing timed out after 240 s — split it into smaller decks\n',
      'error: decks/odd.md: boom — run with --debug for details\n',
    ]);
  });

  it('prints errors as one line, with a stack only under --debug', () => {
    const plain = formatError(new Error('boom\n    at somewhere'));
    expect(plain).toBe('error: boom — run with --debug for details');
    expect(formatError(new Error('boom'), true)).toMatch(/^error: Error: boom\n\s+at /);
  });

  it('exits 1 with one line for a bad path', async () => {
    const run = await runCli(['build', 'no/such/deck.md']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error: no\/such\/deck\.md: no such file or folder — [^\n]+\n$/);
  });

  it('check --quiet prints only errors, --verbose adds nothing to findings but keeps the tally', async () => {
    const quiet = await runCli(['check', longCard, '--quiet']);
    expect(quiet.stdout).toBe('');
    expect(quiet.code).toBe(0);
    const normal = await runCli(['check', longCard], { NO_COLOR: '1' });
    // The finding, what the deck held (read: …), the tally.
    const lines = normal.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/: read: 2 questions \(studyguide format\)$/);
  });

  it('generates --help for build from the option table', async () => {
    const run = await runCli(['build', '--help']);
    expect(run.code).toBe(0);
    for (const entry of optionEntries()) expect(run.stdout).toContain(entry.flag);
    expect(run.stdout.replace(/\s+/g, ' ')).toContain('(any of: easy, medium, hard)');
  });
});
