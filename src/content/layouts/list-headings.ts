import type { Heading, List, ListItem, RootContent } from 'mdast';
import { withoutNumber } from './question-number.js';
import { placeBody, type Layout, type Part } from './types.js';

const startsWithHeading = (item: ListItem): boolean => item.children[0]?.type === 'heading';
const questionItems = (node: RootContent): ListItem[] => (node.type === 'list' ? node.children.filter(startsWithHeading) : []);

/**
 * Question headings inside list items (`1. ### Question` with the answer indented under it).
 * Text that follows a question outside the list (an answer not indented enough) is its answer too.
 */
export const listHeadingsLayout: Layout = {
  name: 'list-headings',
  count: (nodes) => nodes.reduce((n, node) => n + questionItems(node).length, 0),
  read(nodes) {
    const parts: Part[] = [];
    let current: { heading: Heading; body: RootContent[] } | undefined;
    for (const node of nodes) {
      if (node.type === 'list' && questionItems(node).length) {
        for (const item of node.children) {
          if (!startsWithHeading(item)) {
            placeBody(parts, current, { ...node, children: [item], position: item.position } satisfies List);
            continue;
          }
          const [heading, ...body] = item.children as [Heading, ...RootContent[]];
          current = { heading: { ...heading, children: withoutNumber(heading.children) }, body };
          parts.push({ kind: 'question', ...current });
        }
      } else if (node.type === 'heading') {
        current = undefined;
        parts.push({ kind: 'heading', node });
      } else placeBody(parts, current, node);
    }
    return parts;
  },
};
