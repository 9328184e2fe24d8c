import type { RootContent } from 'mdast';

/**
 * Whether the bank answers a numbered question in the bullets typed after its list (`1. What are
 * hooks?` over `- Functions that …`, a blank line between, so markdown ended the list): then the
 * bullets after a longer list of questions answer its last one as well, as the bank writes them.
 */
export function answersAfterLists(nodes: RootContent[]): boolean {
  return nodes.some((node, k) => {
    const next = nodes[k + 1];
    return node.type === 'list' && !!node.ordered && node.children.length === 1 && next?.type === 'list' && !next.ordered;
  });
}
