import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, Nodes, Root } from 'hast';

/** Parses an HTML document as a browser would (parse5), for reading rendered outputs. */
export const parseHtml = (html: string): Root => fromHtml(html);

/**
 * Visible text of each top-level block of an HTML fragment (paragraph, list, table…). Diagram
 * sources (```mermaid) are left out: the build draws them as pictures in their place.
 */
export function blockTexts(html: string): string[] {
  const root = fromHtml(html, { fragment: true });
  const isDiagram = (el: Element) => findAll(el, (e) => e.tagName === 'code' && hasClass(e, 'language-mermaid')).length > 0;
  return root.children
    .filter((n): n is Element => n.type === 'element' && !isDiagram(n))
    .map((n) => textOf(n))
    .filter(Boolean);
}

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
