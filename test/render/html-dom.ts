import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, Nodes, Root } from 'hast';

/** Parses an HTML document as a browser would (parse5), for reading rendered outputs. */
export const parseHtml = (html: string): Root => fromHtml(html);

/** Every element of the tree matching a test, in document order. */
export function findAll(node: Nodes, test: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  const walk = (n: Nodes): void => {
    if (n.type === 'element' && test(n)) found.push(n);
    if ('children' in n) for (const child of n.children) walk(child);
  };
  walk(node);
  return found;
}

/** True when the element's class list has `name`. */
export const hasClass = (el: Element, name: string): boolean => {
  const cls = el.properties.className;
  return Array.isArray(cls) && cls.includes(name);
};

/** Visible text of a node with whitespace collapsed (what a reader sees, ignoring layout). */
export const textOf = (node: Nodes): string => toText(node).replace(/\s+/g, ' ').trim();
