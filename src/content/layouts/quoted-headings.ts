import type { RootContent } from 'mdast';

// Some banks set each question as a heading inside a quote (`> #### How does a hash map find a key?`)
// over its answer in a "Show answer" block, as a contributing guide's template asks them to. The
// quote only styles the heading: read as a quote, no question was found at all.

/**
 * The tree with each quote that holds one heading and nothing else set as that heading, where two
 * such quotes at least stand in the file (one alone may be a quoted title in an answer).
 */
export function quotedHeadings(nodes: RootContent[]): RootContent[] {
  const lone = (node: RootContent) => node.type === 'blockquote' && node.children.length === 1 && node.children[0].type === 'heading';
  if (nodes.filter(lone).length < 2) return nodes;
  return nodes.map((node) => (lone(node) && node.type === 'blockquote' ? { ...node.children[0], position: node.position } : node));
}
