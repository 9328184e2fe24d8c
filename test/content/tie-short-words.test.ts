import { describe, expect, it } from 'vitest';
import { tieShortWords } from '../../src/content/tie-short-words.js';

describe('one-letter words tied to the next', () => {
  it('ties each, runs of them too', () => {
    expect(tieShortWords('dane i w końcu z pamięci', 'aiouwz')).toBe('dane i\u00a0w\u00a0końcu z\u00a0pamięci');
  });

  it('leaves letters that are not words: initials, list marks, versions', () => {
    expect(tieShortWords('J. i K. Nowak, punkt a) oraz v2 a-b', 'aiouwz')).toBe('J. i\u00a0K. Nowak, punkt a) oraz v2 a-b');
  });
});
