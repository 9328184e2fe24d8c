import type { Heading, RootContent } from 'mdast';

/**
 * A bank with no `#` title whose first heading is its only one at the top level, over two more
 * levels (`## Title` over `### Day 1` over `#### What is …?`), is our outline one level down:
 * its headings are lifted until the title is a `#`. Any other outline is left as written.
 */
export function liftHeadings(nodes: RootContent[]): RootContent[] {
  const headings = nodes.filter((n): n is Heading => n.type === 'heading');
  if (!headings.length) return nodes;
  const top = Math.min(...headings.map((h) => h.depth));
  const atTop = headings.filter((h) => h.depth === top);
  const has = (depth: number) => headings.some((h) => h.depth === depth);
  if (top === 1 || atTop.length !== 1 || headings[0] !== atTop[0] || !has(top + 1) || !has(top + 2)) return nodes;
  const lift = top - 1;
  return nodes.map((n) => (n.type === 'heading' ? { ...n, depth: (n.depth - lift) as Heading['depth'] } : n));
}
