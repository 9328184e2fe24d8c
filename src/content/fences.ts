// Fenced blocks read on the source text, where markdown's tree does not say enough: which lines a
// fence holds (for rewrites made before markdown reads the text), and whether a block's closing
// fence is there at all (markdown closes an open one at the end of its container, silently).

/** A fence of code opening a line (up to three spaces in). */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A fence of code or display maths after the quote markers of its line, and one alone on its line (a closing fence). */
const OPENING = /^[ \t>]*(`{3,}|~{3,}|\${2,})/;
const CLOSING = /^[ \t>]*(`{3,}|~{3,}|\${2,})[ \t]*$/;

/** For each line, whether it belongs to a fenced code block, its fences included. */
export function fencedLines(lines: string[]): boolean[] {
  let fence: string | undefined;
  return lines.map((line) => {
    const marker = FENCE.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      return true;
    }
    if (marker) fence = marker;
    return marker !== undefined;
  });
}

/**
 * Whether a fenced block, given as its source lines from its opening fence on, lacks its closing
 * fence. False for indented code, which has no fence to lack.
 */
export function fenceLeftOpen(lines: string[]): boolean {
  const open = OPENING.exec(lines[0] ?? '');
  if (!open) return false;
  const close = CLOSING.exec(lines[lines.length - 1]);
  return !(lines.length > 1 && close && close[1][0] === open[1][0] && close[1].length >= open[1].length);
}
