import type { Root } from 'hast';
import { visit, SKIP } from './visit-tree.js';

/**
 * rehype plugin: a link that leads nowhere prints as its text. A bank's `[term]()` (a link left
 * to fill in) or one whose address the sanitizer refused kept its link styling and pointed the
 * PDF back at itself; the check already says so at its line ("link has an empty address").
 */
export function emptyLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'a' || !parent || index === undefined) return;
      const href = node.properties.href;
      if (typeof href === 'string' && href.trim() !== '') return;
      // An anchor others link to (`<a name="…">`) stays where it is.
      if (node.properties.id !== undefined || node.properties.name !== undefined) return;
      parent.children.splice(index, 1, ...node.children);
      return [SKIP, index];
    });
  };
}
