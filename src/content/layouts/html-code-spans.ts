import type { InlineCode, PhrasingContent, Root, Text } from 'mdast';
import { visit } from '../visit-tree.js';

// Banks write markdown code spans inside their HTML (`<summary>What is a `Map`?</summary>`), which
// GitHub shows as code. Read as HTML they were plain text: the question kept its backticks (in the
// guide, on cards, in cards.csv) while the answer, read as markdown, had them as code.

/** A code span: a run of backticks, the code, the same run again (`Map`, ``a`b``). */
const CODE_SPAN = /(`+)(?!`)([^\n]*?[^`\n])\1(?!`)/g;

/** Code spans written in the text of converted HTML, as the inline code they are. */
export function htmlCodeSpans(tree: Root): void {
  visit(tree, 'text', (node: Text, index, parent) => {
    if (!parent || index === undefined || !node.value.includes('`')) return undefined;
    const parts = codeSpanParts(node);
    if (parts.length === 1) return undefined;
    parent.children.splice(index, 1, ...(parts as never[]));
    return index + parts.length;
  });
}

/** A text node cut into its plain runs and its code spans; the node alone when it holds none. */
function codeSpanParts(node: Text): PhrasingContent[] {
  const parts: PhrasingContent[] = [];
  let last = 0;
  for (const m of node.value.matchAll(CODE_SPAN)) {
    if (m.index > last) parts.push({ type: 'text', value: node.value.slice(last, m.index), position: node.position });
    // One space either side of the code is padding (`` `a` ``), as in markdown.
    const value = /^ .* $/.test(m[2]) && m[2].trim() ? m[2].slice(1, -1) : m[2];
    parts.push({ type: 'inlineCode', value, position: node.position } satisfies InlineCode);
    last = m.index + m[0].length;
  }
  if (!parts.length) return [node];
  if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last), position: node.position });
  return parts;
}
