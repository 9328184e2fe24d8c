import type { Blockquote, List, Paragraph, Root } from 'mdast';
import { visit } from './visit-tree.js';

/**
 * A quoted line that is only a number and its stop (`> 443.`, a port, a year) as the text it is:
 * markdown reads it as a numbered list of one empty item, printed as the marker "443." hung in an
 * empty list on the card and in the guide's "In short" box. Only in a quote, where a card answer
 * is written; the number is kept as written (`443)` too).
 */
export function restoreNumberQuotes(tree: Root, text: string): Root {
  visit(tree, 'blockquote', (quote: Blockquote) => {
    quote.children = quote.children.map((node) => {
      if (node.type !== 'list' || !isLoneNumber(node)) return node;
      const { start, end } = node.position!;
      const paragraph: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: text.slice(start.offset, end.offset).trim(), position: node.position }], position: node.position };
      return paragraph;
    });
  });
  return tree;
}

/** A numbered list of one item with nothing in it, whose place in the text is known. */
const isLoneNumber = (list: List): boolean =>
  list.ordered === true && list.children.length === 1 && list.children[0].children.length === 0 && list.position?.start.offset !== undefined && list.position.end.offset !== undefined;
