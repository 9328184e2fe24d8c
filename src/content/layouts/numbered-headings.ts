import type { Heading, RootContent } from 'mdast';
import { isNumbered, withoutNumber } from './question-number.js';
import type { Layout, Part } from './types.js';

/** The heading depth that carries the most question numbers, if any. */
function questionDepth(nodes: RootContent[]): { depth: number; count: number } | undefined {
  const counts = new Map<number, number>();
  for (const node of nodes) if (node.type === 'heading' && isNumbered(node)) counts.set(node.depth, (counts.get(node.depth) ?? 0) + 1);
  const [best] = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return best ? { depth: best[0], count: best[1] } : undefined;
}

/**
 * Numbered question headings at any level (`## 1. Q`, `### Q12: …`, `#### 7) …`): the level
 * carrying the numbers is the question level; deeper headings stay inside the answer, shallower
 * ones are sections.
 */
export const numberedHeadingsLayout: Layout = {
  name: 'numbered-headings',
  count: (nodes) => questionDepth(nodes)?.count ?? 0,
  read(nodes) {
    const depth = questionDepth(nodes)?.depth ?? 3;
    const parts: Part[] = [];
    let current: { heading: Heading; body: RootContent[] } | undefined;
    for (const node of nodes) {
      if (node.type === 'heading' && node.depth === depth && isNumbered(node)) {
        current = { heading: { ...node, children: withoutNumber(node.children) }, body: [] };
        parts.push({ kind: 'question', ...current });
      } else if (node.type === 'heading' && (node.depth < depth || !current || node.depth === depth)) {
        current = undefined;
        parts.push({ kind: 'heading', node });
      } else if (current) current.body.push(node);
      else parts.push({ kind: 'content', node });
    }
    return parts;
  },
};
