import { describe, expect, it } from 'vitest';
import { typographicText } from '../../src/content/typographic.js';

/**
 * A quote inside a quote, typed with straight marks, prints with the outer and inner pair of the
 * deck's language, and an apostrophe stays ’ in every one of them: a Russian reader expects
 * «…„…“…», not the English ‘…’ inside; a German one ‚…‘, never "geht‘s".
 */
const TYPED = `He said "it's the 'inner' one" to the students' desk.`;
const printed = (outer: string, inner: string) => `He said ${outer[0]}it’s the ${inner[0]}inner${inner[1]} one${outer[1]} to the students’ desk.`;

const CASES: [lang: string, outer: string, inner: string][] = [
  ['en', '“”', '‘’'],
  ['de', '„“', '‚‘'],
  ['de-AT', '„“', '‚‘'],
  ['de-CH', '«»', '‹›'],
  ['es', '«»', '“”'],
  ['it', '«»', '“”'],
  ['ca', '«»', '“”'],
  ['el', '«»', '“”'],
  ['pt', '“”', '‘’'],
  ['pt-PT', '«»', '“”'],
  ['nl', '“”', '‘’'],
  ['ru', '«»', '„“'],
  ['uk', '«»', '„“'],
  ['pl', '„”', '«»'],
  ['ro', '„”', '«»'],
  ['hu', '„”', '»«'],
  ['cs', '„“', '‚‘'],
  ['sk', '„“', '‚‘'],
  ['bg', '„“', '‚‘'],
  ['sv', '””', '’’'],
  ['fi', '””', '’’'],
  ['da', '»«', '›‹'],
  ['nb', '«»', '‘’'],
  ['no', '«»', '‘’'],
  ['he', '””', '’’'],
  ['tr', '“”', '‘’'],
  ['zh', '“”', '‘’'],
  ['ko', '“”', '‘’'],
];

describe("nested quotation marks in the deck's language", () => {
  it.each(CASES)('%s nests %s and %s, the apostrophe ’', (lang, outer, inner) => {
    expect(typographicText(TYPED, lang)).toBe(printed(outer, inner));
  });

  it('sets French guillemets off with narrow no-break spaces, the inner “…” tight', () => {
    expect(typographicText(TYPED, 'fr')).toBe('He said «\u202Fit’s the “inner” one\u202F» to the students’ desk.');
  });

  it('nests Japanese corner brackets in text without spaces, and keeps English marks on a Latin line', () => {
    expect(typographicText(`これは"外側の'内側'の"例です。`, 'ja')).toBe('これは「外側の『内側』の」例です。');
    expect(typographicText(TYPED, 'ja')).toBe(printed('“”', '‘’'));
  });

  it('pairs Chinese quotes in text without spaces: “…” ‘…’ for Simplified, corner brackets for Traditional', () => {
    // Typed with no space before a mark, an opening quote read as closing gave ”测试” before.
    expect(typographicText(`他说"这是'内部'测试"。`, 'zh')).toBe('他说“这是‘内部’测试”。');
    expect(typographicText(`他說"這是'內部'測試"。`, 'zh-TW')).toBe('他說「這是『內部』測試」。');
    expect(typographicText(`他說"這是'內部'測試"。`, 'zh-Hant')).toBe('他說「這是『內部』測試」。');
  });

  it('closes an inner quote where one is open, and leaves an apostrophe with no quote open as ’', () => {
    expect(typographicText(`Он сказал: "это 'не так', правда?" Rock'n'roll, '90s.`, 'ru')).toBe('Он сказал: «это „не так“, правда?» Rock’n’roll, ’90s.');
    expect(typographicText(`Sie sagte: "Das ist 'gut'." Geht's? Max' Auto.`, 'de')).toBe('Sie sagte: „Das ist ‚gut‘.“ Geht’s? Max’ Auto.');
  });
});
