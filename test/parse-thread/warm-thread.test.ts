import { describe, expect, it, vi } from 'vitest';
import { dropEarlyParser, ParseThread, parseLimits, startParserEarly, takeEarlyParser } from '../../src/parse-thread/parse-off-thread.js';

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

// `build --no-cache` starts the parser with the command itself (cli/start.ts): every deck parses.
describe('the parser started with the command', () => {
  it('is handed to the first build that takes it, once, with its thread already running', async () => {
    startParserEarly();
    const early = takeEarlyParser();
    expect(early?.running).toBe(true);
    expect(takeEarlyParser()).toBeUndefined();
    const parsed = await early!.parse('warm.md', deck);
    expect(parsed.deck.sections[0].questions).toHaveLength(1);
    await early!.close();
  });

  it('is ended when no build took it', async () => {
    startParserEarly();
    await dropEarlyParser();
    expect(takeEarlyParser()).toBeUndefined();
  });

  it('is ended by a `build --no-cache` that fails before building', async () => {
    const { start } = await import('../../src/cli/start.js');
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await start(['node', 'studyguide', 'build', '--no-cache', '--paper', 'A5'])).toBe(1);
    } finally {
      err.mockRestore();
    }
    expect(takeEarlyParser()).toBeUndefined();
  });
});
