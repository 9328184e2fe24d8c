import { describe, expect, it } from 'vitest';
import { flagLetters } from '../../src/render/flag-letters.js';

describe('flagLetters', () => {
  it('prints a flag, known or not, as its two letters and leaves other emoji alone', () => {
    expect(flagLetters('<li>🇸🇦 العربية</li><li>🇦🇦 ✅</li>')).toBe('<li>SA العربية</li><li>AA ✅</li>');
  });
});
