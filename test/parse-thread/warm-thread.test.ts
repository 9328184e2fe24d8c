import { describe, expect, it, vi } from 'vitest';

// A build starts its parser's thread as soon as it knows something is to be built (build-memo.ts),
// so the thread loads the markdown stack while build.js loads; the first deck then finds it loaded.
const started: string[] = [];
vi.mock('node:worker_threads', async (original) => {
  const real = await original<typeof import('node:worker_threads')>();
  class CountedWorker extends real.Worker {
    constructor(...args: ConstructorParameters<typeof real.Worker>) {
      super(...args);
      // The parser's threads only (workerExecArgv may try its flags on a thread of its own).
      if (String(args[0]).endsWith('parse-worker.js')) started.push(String(args[0]));
    }
  }
  return { ...real, Worker: CountedWorker, default: { ...real, Worker: CountedWorker } };
});
const { ParseThread, parseLimits } = await import('../../src/parse-thread/parse-off-thread.js');

const deck = Buffer.from('# Warm\n\n## Section\n\n### What is a warm thread?\n\n> One that has loaded.\n\nIt waits for a deck.\n');
const limits = { ...parseLimits({}), inlineBytes: 0 };

describe("the build's parser thread started early", () => {
  it('starts before any deck, and the first deck parses on it', async () => {
    const parser = new ParseThread(limits);
    parser.warm();
    expect(parser.running).toBe(true);
    expect(started).toHaveLength(1);
    const parsed = await parser.parse('warm.md', deck);
    expect(parsed.deck.sections[0].questions).toHaveLength(1);
    expect(started).toHaveLength(1);
    await parser.close();
    expect(parser.running).toBe(false);
  });

  it('starts nothing when decks parse in place', () => {
    const parser = new ParseThread({ ...limits, inlineBytes: 1 });
    parser.warm();
    expect(parser.running).toBe(false);
  });
});
