import { describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { tempDir } from '../../helpers.js';
import { runCli } from '../../cli-run.js';
import { ParseThread, parseLimits } from '../../../src/parse-thread/parse-off-thread.js';

/**
 * Every deck parses on a thread of its own under a time and a memory limit
 * (src/parse-thread/parse-off-thread.ts), in `build` and `check`. The CLI runs in this process
 * (test/cli-run.ts); the thread runs dist/'s parser, as the installed CLI's does. (The time limit of a parse in place: test/faults/parse-limits.test.ts.)
 */

function deck(title: string, questions: number): string {
  const parts = [`# ${title}\n\n## Everything\n`];
  for (let i = 1; i <= questions; i++)
    parts.push(`### Question ${i} about $x_${i}$ and \`code\`?\n\n> Card answer ${i}.\n\n${'A sentence of the full answer. '.repeat(6)}\n`);
  return parts.join('\n');
}

/** The CLI in this process (its own start-up is not what these pin), with the env it reads its limits from. */
const cli = (args: string[], env: Record<string, string>) => runCli(args, { NO_COLOR: '1', ...env });

/**
 * A deck whose one answer is a list of `items` items of inline markup: costly in memory to parse.
 * (A table of as many rows is refused before parsing now, content/check-table-cells.ts.)
 */
function listDeck(items: number): string {
  const lines = ['# Big', '', '## Everything', '', '### One large list?', '', '> Card.', ''];
  for (let i = 0; i < items; i++) lines.push('- *x* **y** `z` [l](#a) w v u t');
  return `${lines.join('\n')}\n`;
}

/** A folder with small.md and big.md (40 questions: the limit tests write their own big.md). */
async function twoDecks(): Promise<string> {
  const dir = await tempDir('studyguide-parse-limits-');
  await writeFile(path.join(dir, 'big.md'), deck('Big', 40));
  await writeFile(path.join(dir, 'small.md'), deck('Small', 3));
  return dir;
}

describe('parsing under limits', () => {
  it('a deck over the memory limit fails alone at its line 1, naming the limit and how to raise it', async () => {
    // The thread's own start (the markdown stack) takes about 22 MB; the small deck little more,
    // the big one (a list of 20,000 items, 0.7 MB) far more, and fast: it passes 48 MB in about a second
    // (2,000 plain questions did too, after 25 s of collecting garbage near the limit).
    const dir = await twoDecks();
    await writeFile(path.join(dir, 'big.md'), listDeck(20_000));
    const run = await cli(['build', dir, '--out', path.join(dir, 'out'), '--outputs', 'csv'], { STUDYGUIDE_PARSE_MEMORY_MB: '48' });
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(
      /big\.md:1: parsing the deck needed more than 48 MB and was stopped — split the deck, or allow more memory with STUDYGUIDE_PARSE_MEMORY_MB=96$/m,
    );
    expect(await readFile(path.join(dir, 'out', 'small', 'cards.csv'), 'utf8')).toContain('Question 3 about');
  }, 180_000);

  it('a small deck parses under the memory limit too, not in place on trust', async () => {
    const dir = await tempDir('studyguide-parse-limits-');
    await writeFile(path.join(dir, 'small.md'), deck('Small', 3));
    const run = await cli(['build', dir, '--out', path.join(dir, 'out'), '--outputs', 'csv'], { STUDYGUIDE_PARSE_MEMORY_MB: '4' });
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/small\.md:1: parsing the deck needed more than 4 MB and was stopped — /m);
  }, 120_000);

  it('a deck over the time limit fails alone at its line 1, naming the limit and how to raise it', async () => {
    // Every deck parses under the same limit, so this one needs a deck that costs far
    // more than the limit (1 MB: 10–30 s) beside one that costs far less (a few milliseconds on
    // the thread, which has loaded the parser before a deck's clock starts). The parse runs until
    // the limit stops it, so the limit is the test's cost: 2 s, not 5.
    const dir = await twoDecks();
    await writeFile(path.join(dir, 'big.md'), deck('Big', 4000));
    const run = await cli(['build', dir, '--out', path.join(dir, 'out'), '--outputs', 'csv'], { STUDYGUIDE_PARSE_TIMEOUT_MS: '2000' });
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(
      /big\.md:1: parsing the deck took longer than 2 s and was stopped — split the deck, or allow more time with STUDYGUIDE_PARSE_TIMEOUT_MS=4000$/m,
    );
    expect(await readFile(path.join(dir, 'out', 'small', 'cards.csv'), 'utf8')).toContain('Question 3 about');
  }, 120_000);

  it('`check` parses under the same limits: a deck over the memory limit is one error line, the other deck is checked', async () => {
    const dir = await twoDecks();
    await writeFile(path.join(dir, 'big.md'), listDeck(20_000));
    await writeFile(path.join(dir, 'small.md'), `${deck('Small', 3)}\n### Question 3 about $x_3$ and \`code\`?\n\n> Again.\n`);
    const run = await cli(['check', dir], { STUDYGUIDE_PARSE_MEMORY_MB: '48' });
    expect(run.code, run.stderr).toBe(1);
    const lines = run.stdout.split('\n').filter((l) => l.includes('.md:'));
    expect(lines).toContainEqual(
      `${path.join(dir, 'big.md')}:1: error: parsing the deck needed more than 48 MB and was stopped — split the deck, or allow more memory with STUDYGUIDE_PARSE_MEMORY_MB=96`,
    );
    // The small deck was still checked: its repeated question is found.
    expect(lines.filter((l) => l.includes('small.md:')).join('\n')).toMatch(/Question 3 about/);
  }, 180_000);

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
    expect(outputs[0]).toContain('Question 40 about');
    expect(outputs[0]).toBe(outputs[1]);
  }, 180_000);
});

describe("a deck's time limit", () => {
  it("counts from the parser's start, not the thread's: a busy machine slows loading, which is not the deck's cost", async () => {
    // The thread's start is held longer than the whole limit (STUDYGUIDE_HOLD_PARSE_START_MS, a slow
    // start on a busy machine without the race): counted from the thread's start, the three-question
    // deck would fail; counted from the parser's start, it parses in a small part of the limit.
    const hold = 1500;
    const limit = 1000;
    process.env.STUDYGUIDE_HOLD_PARSE_START_MS = String(hold);
    const thread = new ParseThread({ ...parseLimits({}), timeoutMs: limit, timeoutPerMbMs: 0 });
    try {
      const started = Date.now();
      const parsed = await thread.parse('small.md', Buffer.from(deck('Small', 3)));
      expect(parsed.deck.sections[0].questions).toHaveLength(3);
      expect(Date.now() - started).toBeGreaterThan(limit);
    } finally {
      delete process.env.STUDYGUIDE_HOLD_PARSE_START_MS;
      await thread.close();
    }
  });
});
