import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkDecks } from '../../src/check/check-deck.js';
import { defaultOptions } from '../../src/model/option-schema.js';
import type { BuildOptions } from '../../src/model/build-options.js';
import { runCli } from '../cli-run.js';
import { parseInPlace } from '../parse-in-place.js';

const root = 'test/fixtures';
// Each test/fixtures/check-<case>/ holds deck.md and expected.txt: one `line level code` per finding.
const cases = readdirSync(root).filter((d) => d.startsWith('check-'));
const opts = { ...defaultOptions(), paths: [] } as BuildOptions;

parseInPlace();

describe('studyguide check on fixtures', () => {
  it('has a fixture for every rule', () => {
    expect(cases.length).toBeGreaterThanOrEqual(5);
  });

  for (const name of cases) {
    it(`${name}: reports exactly the expected findings at their lines`, async () => {
      const deck = path.join(root, name, 'deck.md');
      const expected = readFileSync(path.join(root, name, 'expected.txt'), 'utf8')
        .split('\n')
        .filter(Boolean);
      const result = await checkDecks([deck], opts);
      expect(result.findings.map((f) => `${f.line} ${f.level} ${f.code}`)).toEqual(expected);
      for (const f of result.findings) expect(f.file).toBe(deck);
    });
  }

  it('prints file:line: level: message lines, exits 0 on warnings (the build goes on) and 1 on errors', async () => {
    const deck = path.join(root, 'check-duplicates', 'deck.md');
    const run = await runCli(['check', deck]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe(`${deck}:13: warning: duplicate question "What is DNS?" (same as Q1 on line 5) — remove one or reword it`);
    expect(lines[1]).toMatch(new RegExp(`^${deck}:17: warning: question "Pick a backend`));
    expect(lines.at(-1)).toBe('0 errors, 5 warnings in 1 deck');
    const rules = await runCli(['check', path.join(root, 'check-deck-rules', 'deck.md')]);
    expect(rules.code).toBe(1);
  });

  it('exits 0 when there are only warnings, and --json gives the same findings as data', async () => {
    const deck = path.join(root, 'check-long-card', 'deck.md');
    const run = await runCli(['check', deck, '--json']);
    expect(run.code).toBe(0);
    const data = JSON.parse(run.stdout) as { errors: number; warnings: number; findings: { file: string; line: number; level: string; code: string }[] };
    expect(data.errors).toBe(0);
    expect(data.findings).toEqual([expect.objectContaining({ file: deck, line: 12, level: 'warning', code: 'card-too-long' })]);
  });

  it('measures card answers against the card size: front matter over defaults, a flag over front matter', async () => {
    const deck = path.join(root, 'check-long-card', 'deck.md');
    const codes = async (args: string[]) =>
      (JSON.parse((await runCli(['check', deck, '--json', ...args])).stdout) as { findings: { code: string; message: string }[] }).findings;
    // The fixture's front matter asks for business cards, where the answer cannot fit.
    expect((await codes([]))[0].message).toContain('business card');
    // A larger card given as a flag holds it; a smaller one does not.
    expect(await codes(['--card-size', 'index-3x5'])).toEqual([]);
    const a7 = await codes(['--card-size', 'a7']);
    expect(a7.map((f) => f.code)).toEqual(['card-too-long']);
    expect(a7[0].message).toContain('a7 card');
  });

  it('finds nothing to report in the bundled decks', async () => {
    const result = await checkDecks(['content'], opts);
    expect(result.findings.filter((f) => f.level === 'error')).toEqual([]);
  });
});
