import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { textOf } from './hast-text.js';

/**
 * Up to this many characters, code in a line of text is never broken: "border-box", "IS NULL",
 * "{{ ds }}" split over two lines read as two things (or as a hyphenated word). Longer code may
 * break, or it would run out of a card's or a column's line.
 */
export const UNBROKEN_CODE_CHARS = 24;

/** A last token this short ("}", ");") stays with the one before it: it never ends code alone on a line. */
const TAIL_CHARS = 3;

/**
 * rehype plugin: marks short inline code `class="unbroken"` (base.css keeps it on one line); in
 * longer code, a short last token is kept on one line with the token before it.
 */
export function shortCode() {
  return (tree: Root) => {
    visit(tree, 'element', (node, _index, parent) => {
      if (node.tagName !== 'code' || (parent?.type === 'element' && parent.tagName === 'pre')) return;
      if ([...textOf(node)].length <= UNBROKEN_CODE_CHARS) {
        const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
        node.properties.className = [...classes, 'unbroken'];
        return;
      }
      const [only] = node.children;
      if (node.children.length !== 1 || only.type !== 'text') return;
      const tail = /\S+ \S{1,3}\s*$/.exec(only.value);
      if (!tail || tail[0].trim().split(' ')[1].length > TAIL_CHARS) return;
      node.children = [
        { type: 'text', value: only.value.slice(0, tail.index) },
        { type: 'element', tagName: 'span', properties: { className: ['unbroken'] }, children: [{ type: 'text', value: tail[0] }] },
      ];
    });
  };
}
