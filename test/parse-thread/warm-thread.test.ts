import { describe, expect, it } from 'vitest';
import { ParseThread, parseLimits } from '../../src/parse-thread/parse-off-thread.js';

// A build starts its parser's thread as soon as it knows something is to be built (build-memo.ts),
// so the thread loads the markdown stack while build.js loads; the first deck then finds it loaded.
const deck = Buffer.from('# Warm\n\n## Section\n\n### What is a warm thread?\n\n> One that has loaded.\n\nIt waits for a deck.\n');
const limits = { ...parseLimits({}), inlineBytes: 0 };

/** The thread a parser holds (private to it: read here to tell one thread from another). */
const threadOf = (parser: ParseThread): unknown => (parser as unknown as { worker?: unknown }).worker;

describe("the build's parser thread started early", () => {
  it('starts before any deck, and the first deck parses on it', async () => {
    const parser = new ParseThread(limits);
    parser.warm();
    expect(parser.running).toBe(true);
    const warmed = threadOf(parser);
    const parsed = await parser.parse('warm.md', deck);
    expect(parsed.deck.sections[0].questions).toHaveLength(1);
    expect(threadOf(parser)).toBe(warmed);
    await parser.close();
    expect(parser.running).toBe(false);
  });

  it('starts nothing when decks parse in place', () => {
    const parser = new ParseThread({ ...limits, inlineBytes: 1 });
    parser.warm();
    expect(parser.running).toBe(false);
  });
});
