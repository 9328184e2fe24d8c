import type { Parent, Root, RootContent } from 'mdast';
import { shiftPositions } from './split-markdown.js';

/**
 * Every block of the tree, at any depth, that `replace` gives blocks for, replaced by them in
 * place (the others as they are, and their blocks visited in turn; the new blocks are not). Text
 * is never entered. The tree is changed and returned.
 */
export function replaceBlocks<T extends Root | Parent>(tree: T, replace: (node: RootContent) => RootContent[] | undefined): T {
  const visit = (parent: Parent): void => {
    for (let i = 0; i < parent.children.length; i++) {
      const node = parent.children[i] as RootContent;
      const blocks = replace(node);
      if (blocks) {
        parent.children.splice(i, 1, ...(blocks as typeof parent.children));
        i += blocks.length - 1;
      } else if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading') visit(node as Parent);
    }
  };
  visit(tree);
  return tree;
}

/** Markdown found inside a block (prose put in a code box), parsed, its blocks moved to where the text stands in the file. */
export function blocksAt(text: string, parse: (text: string) => Root, linesBefore: number, offset: number): RootContent[] {
  return parse(text).children.map((block) => shiftPositions(block, linesBefore, offset));
}
