import type { RootContent } from 'mdast';

/**
 * How many `<details>` blocks a node opens, less those it closes (raw HTML, alone or in a
 * paragraph): a heading inside one (`#### Answer: D` in a "Show answer" block under its
 * question) is the answer's, whatever its level.
 */
export function detailsDepth(node: RootContent): number {
  const html = node.type === 'html' ? node.value : node.type === 'paragraph' ? node.children.map((c) => (c.type === 'html' ? c.value : '')).join('') : '';
  return (html.match(/<details\b/gi)?.length ?? 0) - (html.match(/<\/details\s*>/gi)?.length ?? 0);
}
