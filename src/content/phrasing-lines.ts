import type { Break, PhrasingContent } from 'mdast';

/** A paragraph's phrasing cut into its lines (at hard breaks and at newlines inside text). */
export const phrasingLines = (children: PhrasingContent[]): PhrasingContent[][] => cutLines(children).lines;

/**
 * The same lines, and what ended each line but the last: the hard break (two trailing spaces, a backslash) itself,
 * or undefined for a plain newline, so lines joined again keep the breaks the author typed.
 */
export function cutLines(children: PhrasingContent[]): { lines: PhrasingContent[][]; ends: (Break | undefined)[] } {
  const lines: PhrasingContent[][] = [[]];
  const ends: (Break | undefined)[] = [];
  for (const child of children) {
    if (child.type === 'break') {
      ends.push(child);
      lines.push([]);
    } else if (child.type === 'text' && child.value.includes('\n')) {
      child.value.split('\n').forEach((value, k) => {
        if (k > 0) {
          ends.push(undefined);
          lines.push([]);
        }
        if (value) lines[lines.length - 1].push({ ...child, value });
      });
    } else lines[lines.length - 1].push(child);
  }
  return { lines, ends };
}
