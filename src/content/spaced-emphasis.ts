// A line a bank wraps whole in stars with spaces inside them (`*** Este set de preguntas … ***`,
// `** Pregunta personal … **`): the author meant it bold (or bold italic), but markdown opens no
// emphasis at a mark followed by a space, so the stars printed as written. Read on the source text,
// the spaces inside the marks go; each line stays one line, so every message keeps its line number.

import { fencedLines } from './fences.js';

// Two or three stars, words, the same stars: the whole line, indented or not. A single star
// opening a line is a list item's bullet, and stays.
const SPACED = /^([ \t]*)(\*{2,3})[ \t]+([^*\s](?:[^*]*[^*\s])?)[ \t]+\2[ \t]*(\r?)$/;

/** The text with each line wrapped in spaced stars written as the emphasis it means (`**words**`). */
export function spacedEmphasis(text: string): string {
  if (!/^[ \t]*\*{2,3}[ \t]/m.test(text)) return text;
  const lines = text.split('\n');
  const fenced = fencedLines(lines);
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const m = fenced[i] ? null : SPACED.exec(lines[i]);
    if (!m) continue;
    // Under a line of HTML with no blank line between (`<div id="1" />` over it), the line is that
    // HTML block's text, where markdown marks print as typed: there the emphasis is written as tags.
    const [open, close] = inHtmlBlock(lines, i) ? (m[2].length === 3 ? ['<strong><em>', '</em></strong>'] : ['<strong>', '</strong>']) : [m[2], m[2]];
    lines[i] = `${m[1]}${open}${m[3]}${close}${m[4]}`;
    changed = true;
  }
  return changed ? lines.join('\n') : text;
}

/** Whether a line of HTML opens the lines right above this one (no blank line between). */
function inHtmlBlock(lines: string[], at: number): boolean {
  for (let j = at - 1; j >= 0 && lines[j].trim(); j--) if (/^[ \t]*<[a-z]/i.test(lines[j])) return true;
  return false;
}
