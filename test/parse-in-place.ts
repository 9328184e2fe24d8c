import { afterAll, beforeAll, vi } from 'vitest';

/**
 * For tests about what a parse finds, not about the parser's thread (test/faults/parse-limits
 * covers that): decks parse in place, in this test process, whose markdown stack then loads once,
 * instead of each `check` starting a thread that loads it again (about a second a deck).
 */
export function parseInPlace(): void {
  beforeAll(() => {
    vi.stubEnv('STUDYGUIDE_PARSE_INLINE_BYTES', String(64 << 20));
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });
}
