import { toString } from 'mdast-util-to-string';
import type { List, Paragraph, RootContent } from 'mdast';

// `1.What is a view?` typed with no space after the number, one question a paragraph: markdown
// sees no list, so nothing counts the questions. Three such paragraphs counting up make them the
// numbered items they were meant to be (`1. What is a view?`), each a list of one item.
const GLUED = /^(\d{1,3})\.(?=\p{L})/u;

/** The number a one-line paragraph opens with, glued to its words, or undefined. */
function gluedNumber(node: RootContent): number | undefined {
  if (node.type !== 'paragraph' || node.children[0]?.type !== 'text') return undefined;
  const text = toString(node);
  const m = GLUED.exec(text);
  return m && !text.includes('\n') ? Number(m[1]) : undefined;
}

/** The blocks with such paragraphs made numbered items, where three at least count up (1, 2, 3 …). */
export function gluedNumbers(nodes: RootContent[]): RootContent[] {
  const numbers = nodes.map(gluedNumber);
  const found = numbers.filter((n): n is number => n !== undefined);
  if (found.length < 3 || !found.every((n, i) => i === 0 || n > found[i - 1])) return nodes;
  return nodes.map((node, i) => {
    const start = numbers[i];
    if (start === undefined) return node;
    const p = node as Paragraph;
    const [first, ...rest] = p.children;
    const words: Paragraph = { ...p, children: [{ ...(first as { type: 'text'; value: string }), value: (first as { value: string }).value.replace(GLUED, '') }, ...rest] };
    const list: List = { type: 'list', ordered: true, start, spread: false, children: [{ type: 'listItem', spread: false, children: [words], position: p.position }], position: p.position };
    return list;
  });
}
