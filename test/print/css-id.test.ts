import { describe, expect, it } from 'vitest';
import { cssId } from '../../src/print/css-id.js';

// CSS.escape's results for the same ids (Chromium): an identifier may not start with a digit, nor with a hyphen and a digit.
describe('cssId', () => {
  it('escapes a leading digit, as CSS.escape does', () => {
    expect(cssId('3-networking')).toBe('\\33 -networking');
    expect(cssId('-1x')).toBe('-\\31 x');
    expect(cssId('-')).toBe('\\-');
  });

  it('leaves letters, digits, hyphens and underscores after the first as they are', () => {
    expect(cssId('s-1-networking')).toBe('s-1-networking');
    expect(cssId('q_12')).toBe('q_12');
    expect(cssId('--x')).toBe('--x');
  });

  it('escapes any other character by its code point', () => {
    expect(cssId('a.b')).toBe('a\\2e b');
    expect(cssId('1.5')).toBe('\\31 \\2e 5');
  });
});
