import type { Paragraph, Parent, Root, RootContent } from 'mdast';

/**
 * Every paragraph of the tree, at any depth, that `replace` gives blocks for, replaced by them in
 * place (the others, and what the new blocks hold, as they are). The tree is changed and returned.
 */
export function replaceParagraphs(tree: Root, replace: (paragraph: Paragraph) => RootContent[] | undefined): Root {
  const visit = (parent: Parent): void => {
    for (let i = 0; i < parent.children.length; i++) {
      const node = parent.children[i];
      if (node.type === 'paragraph') {
        const blocks = replace(node);
        if (blocks) {
          parent.children.splice(i, 1, ...(blocks as typeof parent.children));
          i += blocks.length - 1;
        }
      } else if ('children' in node) visit(node as Parent);
    }
  };
  visit(tree);
  return tree;
}
