import type { Element, ElementContent } from 'hast';

/** The text of a hast node as written (a code block's source, a formula's TeX). */
export function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}

/** The cells of a table row (`td` and `th`), in order. */
export const cellsOf = (row: Element): Element[] => row.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));
