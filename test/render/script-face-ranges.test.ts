import { describe, expect, it } from 'vitest';
import { fontCss } from '../../src/render/fonts.js';

// The Arabic, Hebrew, Devanagari and Thai faces come from sheets that declare no unicode-range:
// declared for every character, Chromium fetched and decoded all four in every page of a Latin
// deck. Each is now declared for the characters its file has, so a Latin page never asks for one.

/** The rules of one family, each as [its weight, the code points of its unicode-range]. */
function rulesOf(family: string): { weight: string; inRange: (cp: number) => boolean }[] {
  const rules = fontCss().match(/@font-face\s*\{[^}]*\}/g) ?? [];
  return rules
    .filter((rule) => rule.includes(`font-family: "${family}"`))
    .map((rule) => {
      const declared = /unicode-range:\s*([^;}]*)/.exec(rule)?.[1] ?? '';
      const ranges = declared
        .split(',')
        .filter(Boolean)
        .map((part) => part.trim().replace(/^U\+/i, '').split('-'))
        .map(([a, b = a]) => [parseInt(a, 16), parseInt(b, 16)]);
      return { weight: /font-weight:\s*([^;]*)/.exec(rule)?.[1] ?? '', inRange: (cp: number) => ranges.some(([a, b]) => cp >= a && cp <= b) };
    });
}

describe('the script faces’ ranges', () => {
  const scripts = [
    { family: 'Noto Sans Arabic', letter: 0x0628 },
    { family: 'Noto Sans Hebrew', letter: 0x05d0 },
    { family: 'Noto Sans Devanagari', letter: 0x0915 },
    { family: 'Noto Sans Thai', letter: 0x0e01 },
  ];

  for (const { family, letter } of scripts)
    it(`declare ${family} for its script's letters and not for Latin text`, () => {
      const rules = rulesOf(family);
      expect(rules.map((r) => r.weight)).toEqual(['400', '600', '700']);
      for (const rule of rules) {
        expect(rule.inRange(letter)).toBe(true);
        // Latin letters, digits, the space and the no-break space are the Latin faces' alone.
        for (const cp of [0x41, 0x61, 0x30, 0x20, 0xa0, 0x0d, 0xe9]) expect(rule.inRange(cp)).toBe(false);
      }
    });

  it('leave every bundled rule with a unicode-range', () => {
    const rules = fontCss().match(/@font-face\s*\{[^}]*\}/g) ?? [];
    expect(rules.length).toBeGreaterThan(50);
    expect(rules.filter((rule) => !/unicode-range:/.test(rule))).toEqual([]);
  });
});
