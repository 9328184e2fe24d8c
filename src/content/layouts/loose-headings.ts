import type { Heading, PhrasingContent, RootContent } from 'mdast';

// `####Title`, `#Title`: a heading written without the space markdown wants after its hashes
// (old READMEs, which GitHub once rendered as headings), or a number (`##1`, a GitBook quiz's
// question, which its renderer drew as a heading). `#1`, `#include` and `##` alone are not.
const LOOSE = /^(?:#(?=[^\s#\d]|$)|(#{2,6})(?=[^\s#]|$))/;

/**
 * Lines written as headings without the space after their hashes, read as the headings they were
 * meant to be: markdown takes them for paragraphs, so a bank's title and sections printed as
 * text with hashes. One line only; a `#` title only as the file's first block.
 */
export function looseHeadings(nodes: RootContent[]): RootContent[] {
  return nodes.map((node, i) => {
    if (node.type !== 'paragraph' || node.position?.start.line !== node.position?.end.line) return node;
    const [first, ...rest] = node.children;
    if (first?.type !== 'text') return node;
    const m = LOOSE.exec(first.value);
    const hashes = m ? m[0].length : 0;
    const value = m ? first.value.slice(hashes) : '';
    // `####<a name="css">CSS</a>`: the hashes alone in their text, the title in the link after them.
    if (!m || (hashes === 1 && i > 0) || (!value && !rest.length)) return node;
    const children: PhrasingContent[] = value ? [{ ...first, value }, ...rest] : rest;
    const heading: Heading = { type: 'heading', depth: hashes as Heading['depth'], children, position: node.position };
    return heading;
  });
}
