import { toString } from 'mdast-util-to-string';
import type { Heading, PhrasingContent, RootContent, Table } from 'mdast';
import { placeBody, type Layout, type Part } from './types.js';

// The number cell of a question's table: `1.`, `12`, `Q3`, `#4`.
const NUMBER_CELL = /^\s*(?:#|Q\s*)?[0-9]{1,4}\s*[.):]?\s*$/i;

/**
 * A question written as a table of one row and no body (`| 1. | What is React? |` over its
 * `| --- | --- |` line): its number cell and its question cell.
 */
function questionTable(node: RootContent): PhrasingContent[] | undefined {
  if (node.type !== 'table' || node.children.length !== 1) return undefined;
  const cells = (node as Table).children[0].children;
  if (cells.length !== 2 || !NUMBER_CELL.test(toString(cells[0])) || !toString(cells[1]).trim()) return undefined;
  return cells[1].children;
}

/**
 * Questions as one-row tables (`| 1. | What is React? |`), each answer the text below it up to the
 * next one or a heading; headings are sections.
 */
export const tableHeadingsLayout: Layout = {
  name: 'table-headings',
  count: (nodes) => nodes.filter((node) => questionTable(node)).length,
  read(nodes) {
    const parts: Part[] = [];
    let current: { body: RootContent[] } | undefined;
    for (const node of nodes) {
      const words = questionTable(node);
      if (words) {
        const heading: Heading = { type: 'heading', depth: 3, children: words, position: node.position };
        current = { body: [] };
        parts.push({ kind: 'question', heading, body: current.body });
      } else if (node.type === 'heading') {
        current = undefined;
        parts.push({ kind: 'heading', node });
      } else placeBody(parts, current, node);
    }
    return parts;
  },
};
