import { describe, expect, it } from 'vitest';
import { deckTimeoutMs, parseLimits } from '../../src/parse-thread/parse-off-thread.js';

// The parse's default time limit grows with the deck, as a print's does: a 4 MB bank on a busy
// machine is not stopped for its length; a limit the user sets is exact.
describe("a deck's parse time limit", () => {
  const MB = 2 ** 20;

  it('is 120 s for a small deck and a minute more per MB by default', () => {
    const limits = parseLimits({});
    expect(deckTimeoutMs(limits, 10_000)).toBe(120_572);
    expect(deckTimeoutMs(limits, 4 * MB)).toBe(360_000);
  });

  it('is exactly the limit set in STUDYGUIDE_PARSE_TIMEOUT_MS, whatever the size', () => {
    const limits = parseLimits({ STUDYGUIDE_PARSE_TIMEOUT_MS: '5000' });
    expect(deckTimeoutMs(limits, 4 * MB)).toBe(5_000);
    expect(deckTimeoutMs({ timeoutMs: 1, memoryMb: 2048, inlineBytes: 0 }, 4 * MB)).toBe(1);
  });
});
