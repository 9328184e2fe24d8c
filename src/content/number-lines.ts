// A bank typed in a plain editor (or pasted from a quiz page) may put each question's number on
// a line of its own, the question on the next (`1.⏎¿Qué mide …?⏎⏎answer`). Markdown reads the
// number as an empty list item and the question as a paragraph after it, and no layout found the
// questions. Read on the source text, the number goes onto the question's line; each line stays
// one line (the question's own is left blank), so every message keeps its line number.

import { fencedLines } from './fences.js';

/** A number alone on its line: `1.`, `12)`. */
const NUMBER_ALONE = /^[ \t]{0,3}(\d{1,3})[.)][ \t]*$/;
/** A line that starts a block of its own, which a number over it does not ask. */
const BLOCK_START = /^[ \t]*(?:#{1,6}[ \t]|[-*+][ \t]|\d{1,3}[.)]|>|`{3}|~{3}|\||<)/;

/** The text with each number alone on its line joined to the question under it, where two at least count up. */
export function numberLines(text: string): string {
  if (!/^[ \t]{0,3}\d{1,3}[.)][ \t]*$/m.test(text)) return text;
  const lines = text.split('\n');
  const fenced = fencedLines(lines);
  const found: number[] = [];
  for (let i = 0; i < lines.length - 1; i++) {
    if (!fenced[i] && NUMBER_ALONE.test(lines[i]) && lines[i + 1].trim() && !BLOCK_START.test(lines[i + 1])) found.push(i);
  }
  const numbers = found.map((i) => Number(NUMBER_ALONE.exec(lines[i])![1]));
  if (found.length < 2 || numbers.some((n, k) => k > 0 && n <= numbers[k - 1])) return text;
  for (const i of found) {
    lines[i] = `${lines[i].trim()} ${lines[i + 1].trim()}`;
    lines[i + 1] = '';
  }
  return lines.join('\n');
}
