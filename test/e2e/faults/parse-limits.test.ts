import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { tempDir } from '../../helpers.js';

/**
 * Decks over the in-place size parse on a thread of their own under a time and a memory limit
 * (src/parse-off-thread.ts). The compiled CLI runs here: the thread runs dist/'s parser.
 */

function deck(title: string, questions: number): string {
  const parts = [`# ${title}\n\n## Everything\n`];
  for (let i = 1; i <= questions; i++)
    parts.push(`### Question ${i} about $x_${i}$ and \`code\`?\n\n> Card answer ${i}.\n\n${'A sentence of the full answer. '.repeat(6)}\n`);
  return parts.join('\n');
}

function cli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ['bin/studyguide.js', ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
}

async function twoDecks(): Promise<string> {
  const dir = await tempDir('studyguide-parse-limits-');
  await writeFile(path.join(dir, 'big.md'), deck('Big', 400)); // well over the in-place size
  await writeFile(path.join(dir, 'small.md'), deck('Small', 3));
  return dir;
}

describe('parsing under limits', () => {
  it('a deck over the memory limit fails alone at its line 1, naming the limit and how to raise it', async () => {
    const dir = await twoDecks();
    const run = await cli(['build', dir, '--out', path.join(dir, 'out'), '--outputs', 'csv'], { STUDYGUIDE_PARSE_MEMORY_MB: '4' });
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(
      /big\.md:1: parsing the deck needed more than 4 MB and was stopped — split the deck, or allow more memory with STUDYGUIDE_PARSE_MEMORY_MB=8$/m,
    );
    expect(await readFile(path.join(dir, 'out', 'small', 'cards.csv'), 'utf8')).toContain('Question 3 about');
  }, 120_000);

  it('a deck over the time limit fails alone at its line 1, naming the limit and how to raise it', async () => {
    const dir = await twoDecks();
    const run = await cli(['build', dir, '--out', path.join(dir, 'out'), '--outputs', 'csv'], { STUDYGUIDE_PARSE_TIMEOUT_MS: '1' });
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(
      /big\.md:1: parsing the deck took longer than 1 ms and was stopped — split the deck, or allow more time with STUDYGUIDE_PARSE_TIMEOUT_MS=2$/m,
    );
    expect(await readFile(path.join(dir, 'out', 'small', 'cards.csv'), 'utf8')).toContain('Question 3 about');
  }, 120_000);

  it('a deck parsed on the thread gives the same outputs as one parsed in place', async () => {
    const dir = await twoDecks();
    const outputs: string[] = [];
    for (const [name, inline] of [
      ['thread', '0'],
      ['inplace', '100000000'],
    ]) {
      const out = path.join(dir, name);
      const run = await cli(['build', path.join(dir, 'big.md'), '--out', out, '--outputs', 'csv,anki'], {
        STUDYGUIDE_PARSE_INLINE_BYTES: inline,
        SOURCE_DATE_EPOCH: '1767225600',
      });
      expect(run.code, run.stderr).toBe(0);
      outputs.push((await readFile(path.join(out, 'big', 'cards.csv'), 'utf8')) + (await readFile(path.join(out, 'big', 'anki.txt'), 'utf8')));
    }
    expect(outputs[0]).toContain('Question 400 about');
    expect(outputs[0]).toBe(outputs[1]);
  }, 180_000);
});
