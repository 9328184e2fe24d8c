import type { PhrasingContent } from 'mdast';

/** A paragraph's phrasing cut into its lines (at hard breaks and at newlines inside text). */
export function phrasingLines(children: PhrasingContent[]): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]];
  for (const child of children) {
    if (child.type === 'break') lines.push([]);
    else if (child.type === 'text' && child.value.includes('\n')) {
      child.value.split('\n').forEach((value, k) => {
        if (k > 0) lines.push([]);
        if (value) lines[lines.length - 1].push({ ...child, value });
      });
    } else lines[lines.length - 1].push(child);
  }
  return lines;
}
