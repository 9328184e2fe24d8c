import type { Diagnostic } from '../model/deck.js';

// U+202D and U+202E force the glyphs after them into one direction, whatever their letters are:
// `Invoice \u202Efdp.exe` prints as "Invoice exe.pdf", a question reads backwards, and code can
// show other code than it holds ("Trojan Source"). Right-to-left text never needs them (the
// letters carry their direction), so each is said at its line, and the page prints what is written.

/** LEFT-TO-RIGHT OVERRIDE and RIGHT-TO-LEFT OVERRIDE. */
const OVERRIDE = /[\u202d\u202e]/;

/** A warning at each line of `text` holding a bidirectional override (line 1 is `firstLine`). */
export function bidiOverrideWarnings(text: string, file: string, firstLine = 1): Diagnostic[] {
  const found: Diagnostic[] = [];
  text.split('\n').forEach((line, i) => {
    const m = OVERRIDE.exec(line);
    if (!m) return;
    const which = m[0] === '\u202e' ? 'right-to-left' : 'left-to-right';
    const code = m[0].codePointAt(0)!.toString(16).toUpperCase();
    const message = `line holds a ${which} override (U+${code}): the text after it prints in reverse order, not as written — delete the invisible character (right-to-left words need none)`;
    found.push({ file, line: firstLine + i, severity: 'warning', code: 'bidi-override', message });
  });
  return found;
}
