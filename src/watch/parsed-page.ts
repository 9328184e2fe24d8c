import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { parseWithoutHeadStyles } from './head-styles-cut.js';

// Served pages parsed with hast (parse5, as a browser parses them), with where each node stood
// in the page's text; the patches of watch/page-patch.ts are worked out on these.

/** Where a node starts and ends in its source text. */
export const startOf = (node: ElementContent): number => node.position?.start.offset ?? Number.NaN;
export const endOf = (node: ElementContent): number => node.position?.end.offset ?? Number.NaN;

/** A whole page's tree and its main elements. */
export interface Page {
  root: Root;
  html: Element;
  head: Element;
  body: Element;
}

// The page served last is the `before` of the next save: keep a few parsed trees, up to
// CACHE_CHARS of pages in all.
const cache = new Map<string, Page>();
const CACHE_SIZE = 8;
const CACHE_CHARS = 8 * 2 ** 20;
let cachedChars = 0;

/** The page's tree, parsed once while it stays among the last few asked for. */
export function parsed(source: string): Page | undefined {
  const known = cache.get(source);
  if (known) return known;
  const page = parsePage(source);
  if (!page) return undefined;
  keep(source, page);
  return page;
}

/**
 * Files `page`, the tree of `before` made into the tree of `after` in place (watch/derived-page.ts),
 * as `after`'s: `before`'s is no longer kept (a later ask parses it again).
 */
export function reparsed(before: string, after: string, page: Page): void {
  if (cache.get(before) === page) {
    cache.delete(before);
    cachedChars -= before.length;
  }
  if (!cache.has(after)) keep(after, page);
}

function keep(source: string, page: Page): void {
  cache.set(source, page);
  cachedChars += source.length;
  for (const [oldest] of cache) {
    if (cache.size <= CACHE_SIZE && cachedChars <= CACHE_CHARS) break;
    cache.delete(oldest);
    cachedChars -= oldest.length;
  }
}

/** The page's tree, parsed now; undefined when it has no <html>, <head> or <body>. */
export function parsePage(source: string): Page | undefined {
  const root = parseWithoutHeadStyles(source) ?? fromHtml(source);
  const html = elements(root.children).find((e) => e.tagName === 'html');
  const head = html && elements(html.children).find((e) => e.tagName === 'head');
  const body = html && elements(html.children).find((e) => e.tagName === 'body');
  if (!html || !head || !body) return undefined;
  return { root, html, head, body };
}

/** The element children among `nodes`. */
export const elements = (nodes: (RootContent | ElementContent)[]): Element[] => nodes.filter((n): n is Element => n.type === 'element');

/** `html` when it parses alone to one `tagName` element (the same tree as `like`, if given). */
export function reparsesAs(html: string, tagName: string, like?: Element): string | undefined {
  const nodes = fromHtml(html, { fragment: true }).children;
  const [only] = nodes;
  return nodes.length === 1 && only.type === 'element' && only.tagName === tagName && (!like || sameNode(only, like)) ? html : undefined;
}

/** Deep equality of two nodes, ignoring where they stood in the source. */
export function sameNode(a: RootContent | ElementContent, b: RootContent | ElementContent): boolean {
  if (a.type !== b.type) return false;
  if (a.type === 'element' && b.type === 'element') {
    if (a.tagName !== b.tagName || !sameProperties(a, b) || a.children.length !== b.children.length) return false;
    if (!a.children.every((c, i) => sameNode(c, b.children[i]))) return false;
    // <template> keeps its children apart.
    return !a.content === !b.content && (!a.content || !b.content || sameNode(a.content as unknown as Element, b.content as unknown as Element));
  }
  if ('value' in a && 'value' in b) return a.value === b.value;
  if ('children' in a && 'children' in b) {
    const [ca, cb] = [a.children as RootContent[], b.children as RootContent[]];
    return ca.length === cb.length && ca.every((c, i) => sameNode(c, cb[i]));
  }
  return true;
}

/** The same attributes, with the same values. */
export function sameProperties(a: Element, b: Element): boolean {
  const [ka, kb] = [Object.keys(a.properties), Object.keys(b.properties)];
  return ka.length === kb.length && ka.every((k) => String(a.properties[k]) === String(b.properties[k]) && k in b.properties);
}

/** The text directly inside an element (a <style>'s CSS, a <title>). */
export const textOf = (element: Element): string => element.children.map((c) => ('value' in c ? c.value : '')).join('');
/** Whitespace only. */
export const isBlank = (node: ElementContent): boolean => node.type === 'text' && node.value.trim() === '';
