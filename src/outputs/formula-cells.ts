/**
 * A cell a spreadsheet would read as a formula: it starts with = + - or @ (a tab or CR before one
 * is dropped by some spreadsheets, so they count too). `=cmd|' /C calc'!A0` runs a program. A
 * negative number is only a number, and stays as it is.
 */
export function startsFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text) && !/^-\d+(?:[.,]\d+)?$/.test(text);
}

/**
 * Written before a plain-text cell (not CSV, not HTML) that would start a formula, so a
 * spreadsheet reads text. Not the apostrophe a CSV cell gets: Anki and Quizlet would show it.
 * U+3000 (ideographic space) is a space to Anki: it splits tags on it and trims it from each
 * part of a deck name, so the tags and deck Anki imports are the ones written.
 */
export const ANKI_TEXT_GUARD = '\u3000';

/**
 * Quizlet trims a term and a definition as a web form does; a no-break space is trimmed there
 * and, were it kept, is only a narrow space. A spreadsheet sees a cell that starts with text.
 */
export const QUIZLET_TEXT_GUARD = '\u00a0';

/** `text`, with `guard` before it when it would start a formula in a spreadsheet. */
export function guardFormula(text: string, guard: string): string {
  return startsFormula(text) ? `${guard}${text}` : text;
}
