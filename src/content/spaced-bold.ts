import type { Paragraph, PhrasingContent, Root } from 'mdast';
import { visit } from './visit-tree.js';

// A bank that sets its questions in bold one a line sometimes leaves a space before the closing
// stars (`**13. Companion object in Kotlin **`). Markdown does not close bold after a space, so
// the line printed with its stars as text, and the layouts, finding no bold question there, ran
// it and every question after it into the answer above.

/** A whole line in bold whose closing stars follow a space: its words. */
const SPACED_BOLD = /^\*\*(?=\S)((?:(?!\*\*).)+?)\s+\*\*$/u;

/** Paragraphs of plain text whose lines are each such a line, or open with one: those lines in bold. */
export function restoreSpacedBold(tree: Root): Root {
  visit(tree, 'paragraph', (p: Paragraph) => {
    const [only] = p.children;
    if (p.children.length !== 1 || only.type !== 'text') return;
    const lines = only.value.split('\n');
    if (!SPACED_BOLD.test(lines[0].trim())) return;
    const children: PhrasingContent[] = [];
    lines.forEach((line, k) => {
      const words = SPACED_BOLD.exec(line.trim())?.[1];
      const prefix = k ? '\n' : '';
      if (words === undefined) {
        const last = children[children.length - 1];
        if (last?.type === 'text') last.value += prefix + line;
        else children.push({ type: 'text', value: prefix + line });
        return;
      }
      if (prefix) children.push({ type: 'text', value: prefix });
      children.push({ type: 'strong', children: [{ type: 'text', value: words }] });
    });
    p.children = children;
  });
  return tree;
}
