import { contentError } from '../errors.js';

/**
 * Longest field a CSV/TSV, Anki or JSON/YAML bank may give, in characters: about 40 printed
 * pages, far past any answer, and well under the 4 MB a deck may hold. A 2 MB answer in one cell
 * cost 4–5 s of CPU to import and printed as pages of one paragraph on a card.
 */
export const MAX_FIELD_CHARS = 100_000;

/** Throws at the field's line when it is longer than MAX_FIELD_CHARS; `what` names it ("row 3's answer"). */
export function checkFieldLength(text: string, file: string, line: number, what: string): void {
  if (text.length <= MAX_FIELD_CHARS) return;
  throw contentError(
    file,
    line,
    `${what} is ${text.length.toLocaleString('en-US')} characters long, over the ${MAX_FIELD_CHARS.toLocaleString('en-US')} limit`,
    'shorten it, or split it over several questions',
  );
}
