import type { Diagnostic } from '../model/deck.js';

// `\ud83d` alone is half of a character: a script that cut a string between the two halves of an
// emoji writes it into JSON or YAML, whose parsers hand it on as it is. Such a string cannot be
// encoded (it stopped builds with "URI malformed"), so it is made whole with U+FFFD, and said.

/** A `\uXXXX` escape of either half of a pair, after an even run of backslashes (an odd one escapes them all). */
const HALF = /(?<!\\)((?:\\\\)*)\\u([dD][89abAB][0-9a-fA-F]{2}(?:\\u[dD][c-fC-F][0-9a-fA-F]{2})?|[dD][c-fC-F][0-9a-fA-F]{2})/g;

/** One half of a pair with no other half beside it (no `u` flag: that would read pairs as one character). */
const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `data` (parsed JSON or YAML) with every lone surrogate in its strings replaced by U+FFFD, and whether any was. */
export function wellFormedData(data: unknown): { data: unknown; mended: boolean } {
  let mended = false;
  const mend = (value: unknown): unknown => {
    if (typeof value === 'string') {
      const whole = value.replace(LONE, '\uFFFD');
      if (whole !== value) mended = true;
      return whole;
    }
    if (Array.isArray(value)) return value.map(mend);
    if (value && typeof value === 'object' && !(value instanceof Date)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [mend(k) as string, mend(v)]));
    return value;
  };
  return { data: mend(data), mended };
}

/** A warning at each lone surrogate escape in `source` (its first line is `firstLine` of `file`); one at `firstLine` when none is written as an escape. */
export function loneSurrogateWarnings(source: string, file: string, firstLine: number): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const m of source.matchAll(HALF)) {
    if (m[2].length > 4) continue;
    const line = firstLine + source.slice(0, m.index).split('\n').length - 1;
    const message = `"\\u${m[2].toLowerCase()}" is half of a character (a lone surrogate escape): it prints as \uFFFD — write the character itself, or both halves of its pair ("\\ud83d\\ude00" for 😀)`;
    found.push({ file, line, severity: 'warning', code: 'left-out', message });
  }
  if (found.length) return found;
  const message = 'a string holds half of a character (a lone surrogate): it prints as \uFFFD — write the character itself';
  return [{ file, line: firstLine, severity: 'warning', code: 'left-out', message }];
}
