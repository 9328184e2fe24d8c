import type { ElementContent } from 'hast';

/** The text of a hast node as written (a code block's source, a formula's TeX). */
export function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}
