import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ParseThread } from '../../src/parse-thread/parse-off-thread.js';
import { IdSelection } from '../../src/content/id-selection.js';
import { runCli } from '../cli-run.js';
import { tempDir } from '../helpers.js';

// A deck under the in-place size still parses under the time limit (src/parse-thread/parse-off-thread.ts):
// V8 stops the parse where it is. These run in place only (no compiled worker needed); the
// worker's limits are pinned in test/e2e/faults/parse-limits.test.ts.

/** About 30 KB: formulas, code and tables make its parse cost far more than a millisecond. */
function costlyDeck(): string {
  const parts = ['# Costly\n\n## Everything\n\n### The first?\n\nId: the-first\n\n> Yes.\n'];
  for (let i = 1; i <= 60; i++)
    parts.push(
      `### Question ${i} about $\\sum_{k=1}^{${i}} x_k^2$?\n\n> Card answer ${i}.\n\n| a | b |\n|---|---|\n| $\\frac{${i}}{2}$ | \`x\` |\n\n\`\`\`js\nconst v${i} = [${i}, 2, 3].map((x) => x * 2);\n\`\`\`\n`,
    );
  return parts.join('\n');
}

const inPlace = { timeoutMs: 1, memoryMb: 2048, inlineBytes: 1 << 30 };

describe('the time limit of a small deck parsed in place', () => {
  it('stops a costly parse at the deck line 1, naming the limit and how to raise it; the next parse is whole', async () => {
    const file = 'costly.md';
    const bytes = Buffer.from(costlyDeck());
    expect(bytes.length).toBeLessThan(64 * 1024);
    const limited = new ParseThread(inPlace);
    const stopped = await limited.parse(file, bytes).then(
      () => undefined,
      (error: Error & { file?: string; line?: number; hint?: string }) => error,
    );
    expect(stopped?.message).toBe('parsing the deck took longer than 1 ms and was stopped');
    expect(stopped).toMatchObject({ file, line: 1, hint: 'split the deck, or allow more time with STUDYGUIDE_PARSE_TIMEOUT_MS=2' });
    // The stopped parse left no half-made state behind: the same deck parses in full after it.
    const parsed = await new ParseThread({ ...inPlace, timeoutMs: 120_000 }).parse(file, bytes);
    expect(parsed.deck.sections[0].questions).toHaveLength(61);
    expect(parsed.findings.filter((f) => f.level === 'error')).toEqual([]);
  });

  it('`check` reports a deck over the time limit as one error line with its hint, and exits 1', async () => {
    const dir = await tempDir('studyguide-check-limit-');
    const file = path.join(dir, 'costly.md');
    await writeFile(file, costlyDeck());
    const run = await runCli(['check', file], { STUDYGUIDE_PARSE_TIMEOUT_MS: '1', STUDYGUIDE_PARSE_INLINE_BYTES: String(1 << 30) });
    expect(run.code).toBe(1);
    const lines = `${run.stdout}${run.stderr}`.split('\n').filter((l) => l.includes('costly.md:'));
    expect(lines).toEqual([
      `${file}:1: error: parsing the deck took longer than 1 ms and was stopped — split the deck, or allow more time with STUDYGUIDE_PARSE_TIMEOUT_MS=2`,
    ]);
    // Under the default limit the same deck checks clean: the error came from the limit alone.
    const clean = await runCli(['check', file], { STUDYGUIDE_PARSE_INLINE_BYTES: String(1 << 30) });
    expect(clean.code, clean.stdout + clean.stderr).toBe(0);
  });

  it('a deck read again for `--only-ids` (from the cache, or failed) is read under the same limit', async () => {
    const dir = await tempDir('studyguide-ids-limit-');
    const file = path.join(dir, 'costly.md');
    await writeFile(file, costlyDeck());
    await writeFile(path.join(dir, 'ids.txt'), 'the-first\n');
    const unknown = async (env: Record<string, string>) => {
      const given = { ...env, STUDYGUIDE_PARSE_INLINE_BYTES: String(1 << 30) };
      const saved = Object.fromEntries(Object.keys(given).map((k) => [k, process.env[k]]));
      Object.assign(process.env, given);
      try {
        const selection = await IdSelection.open(path.join(dir, 'ids.txt'));
        return (await selection.unknownWarnings([file])).map((w) => w.message.split(' — ')[0]);
      } finally {
        for (const [k, v] of Object.entries(saved)) {
          if (v === undefined) delete process.env[k];
          else process.env[k] = v;
        }
      }
    };
    // Stopped by the limit, the deck counts as holding nothing: its id is reported unknown.
    expect(await unknown({ STUDYGUIDE_PARSE_TIMEOUT_MS: '1' })).toEqual(['no question has the id "the-first"']);
    expect(await unknown({})).toEqual([]);
  });
});
