import { beforeAll, describe, expect, it } from 'vitest';
import { ParseThread, parseLimits } from '../../src/parse-thread/parse-off-thread.js';
import type { ParsedDeck } from '../../src/parse-thread/parse-deck-job.js';

// A build's parser thread left with nothing to parse is ended when it holds much heap
// (parse-off-thread.ts endIdleAboveBytes): its garbage would otherwise stay until V8 gets round to
// it, at a large deck's print peak or not.
const deck = Buffer.from('# Idle\n\n## Section\n\n### What is a thread?\n\n> A line of work.\n\nIt runs beside the others.\n');
const limits = { ...parseLimits({}), inlineBytes: 0 };

describe("the build's parser thread when idle", () => {
  // Three decks queued on a thread that ends when idle above 1 byte of heap, parsed once for the
  // two tests that read them: each thread start loads the markdown stack (a second or more).
  const parser = new ParseThread(limits, { endIdleAboveBytes: 1 });
  let queued: ParsedDeck[];
  beforeAll(async () => {
    queued = await Promise.all([1, 2, 3].map((n) => parser.parse(`idle-${n}.md`, deck)));
  });

  it('parses every queued deck before it ends', () => {
    expect(queued.map((p) => p.deck.sections[0].questions.length)).toEqual([1, 1, 1]);
    expect(parser.running).toBe(false);
  });

  it('ends once its last deck is parsed when it holds more heap than the limit; the next deck starts a new one', async () => {
    expect(parser.running).toBe(false);
    const again = await parser.parse('idle-1.md', deck);
    expect(again.deck.sections[0].questions[0].id).toBe(queued[0].deck.sections[0].questions[0].id);
    expect(parser.running).toBe(false);
    await parser.close();
  });

  it('is kept for the next deck when it holds less than the limit, or when no limit is given (watch, check)', async () => {
    const small = new ParseThread(limits, { endIdleAboveBytes: 2 ** 40 });
    const unlimited = new ParseThread(limits);
    await small.parse('idle.md', deck);
    await unlimited.parse('idle.md', deck);
    expect(small.running).toBe(true);
    expect(unlimited.running).toBe(true);
    await small.close();
    await unlimited.close();
    expect(small.running).toBe(false);
  });
});
