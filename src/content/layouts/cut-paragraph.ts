import type { Paragraph, PhrasingContent, Text } from 'mdast';

/** Where to cut a paragraph: the index of a child, and the offset in its text (0 for the child itself). */
export type Cut = [number, number];

function lineOfOffset(text: Text, offset: number): number {
  return (text.position?.start.line ?? 1) + (text.value.slice(0, offset).match(/\n/g)?.length ?? 0);
}

/** A paragraph split at each cut, line ends trimmed from the end of each piece, each piece at its own line. */
export function cutParagraph(paragraph: Paragraph, cuts: Cut[]): Paragraph[] {
  const pieces: Paragraph[] = [];
  let current: PhrasingContent[] = [];
  let startLine = paragraph.position?.start.line ?? 1;
  const close = (endLine: number) => {
    while (current.length && current[current.length - 1].type === 'break') current.pop();
    const last = current[current.length - 1];
    if (last?.type === 'text') current[current.length - 1] = { ...last, value: last.value.replace(/\s+$/, '') };
    if (current.length) pieces.push({ type: 'paragraph', children: current, position: { start: { line: startLine, column: 1 }, end: { line: Math.max(startLine, endLine), column: 1 } } });
    current = [];
  };
  paragraph.children.forEach((child, i) => {
    const here = cuts.filter(([at]) => at === i).map(([, offset]) => offset);
    if (!here.length) return void current.push(child);
    if (child.type !== 'text') {
      close((child.position?.start.line ?? startLine) - 1);
      startLine = child.position?.start.line ?? startLine;
      if (child.type !== 'break') current.push(child);
      return;
    }
    let from = 0;
    for (const offset of here) {
      if (offset > from) current.push({ ...child, value: child.value.slice(from, offset) });
      const line = lineOfOffset(child, offset);
      close(line - 1);
      startLine = line;
      from = offset;
    }
    if (from < child.value.length) current.push({ ...child, value: child.value.slice(from) });
  });
  close(paragraph.position?.end.line ?? startLine);
  return pieces;
}

/** Cuts at every line start after the first: after each line end in the text, and after each hard break. */
export function lineCuts(children: PhrasingContent[]): Cut[] {
  const cuts: Cut[] = [];
  children.forEach((child, i) => {
    if (i > 0 && children[i - 1].type === 'break') cuts.push([i, 0]);
    if (child.type === 'text') for (let at = child.value.indexOf('\n'); at >= 0; at = child.value.indexOf('\n', at + 1)) cuts.push([i, at + 1]);
  });
  return cuts;
}
