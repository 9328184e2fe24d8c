// The scripts a bank's two languages may be written in; Han and kana count as one (Japanese mixes them).
const SCRIPTS = [
  /\p{Script=Latin}/gu,
  /\p{Script=Cyrillic}/gu,
  /\p{Script=Greek}/gu,
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu,
  /\p{Script=Hangul}/gu,
  /\p{Script=Arabic}/gu,
  /\p{Script=Hebrew}/gu,
  /\p{Script=Devanagari}/gu,
  /\p{Script=Thai}/gu,
];

/** The script most of a text's letters are written in (its place in SCRIPTS), or -1 when it has none of them. */
export function scriptOf(text: string): number {
  const counts = SCRIPTS.map((re) => text.match(re)?.length ?? 0);
  const most = Math.max(...counts);
  return most ? counts.indexOf(most) : -1;
}
