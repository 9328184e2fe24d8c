import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { termList, TERMS_TITLE } from './term-lists.js';

// A bank asking in bold paragraphs (`**Q1. …**`) may keep its flashcards (`1. **TTL:** …` lines)
// under a `##` heading naming them (`## Glossary`, `## 用語`) rather than a `#` part of their own.
// Read with the bank, the list was its closing text; such a heading starts a part of the file read
// on its own, as a `#` part is (titled-parts.ts), and the part ends at the next heading as high.

/** Whether the node at `index` is a `##` heading naming flashcards or a glossary, right over a list of terms. */
function glossaryHeading(nodes: RootContent[], index: number): boolean {
  const node = nodes[index];
  if (node.type !== 'heading' || node.depth !== 2 || !TERMS_TITLE.test(toString(node))) return false;
  // A line of its own may stand between the heading and the list.
  return [nodes[index + 1], nodes[index + 2]].some((n) => n !== undefined && termList(n));
}

/** Where the file's glossary parts start and where the part after each starts again (its next heading at `##` or above). */
export function glossaryStarts(nodes: RootContent[]): number[] {
  const starts: number[] = [];
  nodes.forEach((_, i) => {
    if (!glossaryHeading(nodes, i)) return;
    starts.push(i);
    const end = nodes.findIndex((n, k) => k > i && n.type === 'heading' && n.depth <= 2);
    if (end > 0 && nodes[end].type === 'heading' && (nodes[end] as { depth: number }).depth === 2) starts.push(end);
  });
  return starts;
}
