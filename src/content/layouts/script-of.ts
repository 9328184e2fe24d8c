import { countChars } from '../count-chars.js';

// The scripts a bank's two languages may be written in; Han and kana count as one (Japanese mixes them).
const SCRIPTS = [
  /\p{Script=Latin}/u,
  /\p{Script=Cyrillic}/u,
  /\p{Script=Greek}/u,
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u,
  /\p{Script=Hangul}/u,
  /\p{Script=Arabic}/u,
  /\p{Script=Hebrew}/u,
  /\p{Script=Devanagari}/u,
  /\p{Script=Thai}/u,
];

/** How many of a text's letters are in each script of SCRIPTS, in its order. */
export const scriptCounts = (text: string): number[] => SCRIPTS.map((re) => countChars(text, re));

/** The script most of a text's letters are written in (its place in SCRIPTS), or -1 when it has none of them. */
export function scriptOf(text: string): number {
  const counts = scriptCounts(text);
  const most = Math.max(...counts);
  return most ? counts.indexOf(most) : -1;
}

/** Languages not written in the Latin script, by their first subtag: their script's place in SCRIPTS. */
const LANGUAGE_SCRIPTS: Record<string, number> = {
  ...Object.fromEntries(['ru', 'uk', 'bg', 'sr', 'mk', 'be', 'kk', 'ky', 'mn', 'tg'].map((l) => [l, 1])),
  el: 2,
  zh: 3,
  ja: 3,
  ko: 4,
  ...Object.fromEntries(['ar', 'fa', 'ur', 'ps', 'sd', 'ug', 'ckb'].map((l) => [l, 5])),
  he: 6,
  yi: 6,
  ...Object.fromEntries(['hi', 'mr', 'ne', 'sa'].map((l) => [l, 7])),
  th: 8,
};

/** How many of a text's letters are written in the script of language `lang` (`ar`, `zh-TW`; Latin for one not listed). */
export function lettersInScriptOf(text: string, lang: string): number {
  return countChars(text, SCRIPTS[LANGUAGE_SCRIPTS[lang.toLowerCase().split(/[-_]/)[0]] ?? 0]);
}
