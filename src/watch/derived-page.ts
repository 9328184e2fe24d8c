import type { Element, ElementContent, Root, RootContent } from 'hast';
import { endOf, startOf, type Page } from './parsed-page.js';

// After a save, the served page's tree was parsed whole ahead of the next save (cards.html: 47 ms
// of the main thread a save, more than the diff itself). The diff has parsed the part that changed
// already: the new page's tree is the old one with that part's new nodes in place of its old ones
// and the positions after it moved by the change in length.

/** One part of a page replaced: `parent`'s children `first`…`last` by `fresh`, parsed alone from the new page at `freshStart`. */
export interface ReplacedPart {
  /** The elements from <body> down to `parent`, `parent` last. */
  ancestors: Element[];
  first: number;
  last: number;
  fresh: ElementContent[];
  freshStart: number;
}

/**
 * Makes `page`, the tree of the page before a save whose head did not change, into the tree of the
 * page after it, in place; `shift` is the change in the page's length. False (the tree left as it
 * was) where the part, parsed alone, may not read as the whole page reads it: under a table, an SVG,
 * a <pre> or a form control, or block elements inside a paragraph or heading (the browser would
 * close it first), a link inside a link.
 */
export function deriveTree(page: Page, part: ReplacedPart, shift: number): boolean {
  const { ancestors, first, last, fresh, freshStart } = part;
  if (!ancestors.every((a) => PLAIN.has(a.tagName))) return false;
  const inPhrasing = ancestors.some((a) => PHRASING_ONLY.has(a.tagName));
  const inLink = ancestors.some((a) => a.tagName === 'a');
  if ((inPhrasing || inLink) && fresh.some((n) => holds(n, (e) => (inPhrasing && !PHRASING.has(e.tagName)) || (inLink && e.tagName === 'a')))) return false;
  const parent = ancestors[ancestors.length - 1];
  const [from, to] = [startOf(parent.children[first]), endOf(parent.children[last])];
  if (Number.isNaN(from) || Number.isNaN(to)) return false;
  parent.children.splice(first, last - first + 1, ...fresh);
  const fresher = new Set<unknown>(fresh);
  // The text ahead of the part is where it was; the text after it moved by `shift`.
  moveAll(page.root, (offset) => (offset <= from ? offset : offset + shift), fresher);
  for (const node of fresh) moveAll(node, (offset) => offset + freshStart);
  return true;
}

/** Moves every position's offset in the subtree, skipping the subtrees in `skip`. */
function moveAll(node: Root | RootContent, move: (offset: number) => number, skip?: Set<unknown>): void {
  if (skip?.has(node)) return;
  const p = node.position;
  if (p?.start.offset !== undefined) p.start.offset = move(p.start.offset);
  if (p?.end.offset !== undefined) p.end.offset = move(p.end.offset);
  if ('children' in node) for (const child of node.children) moveAll(child, move, skip);
  if (node.type === 'element' && node.content) moveAll(node.content as unknown as Root, move, skip);
}

/** Whether the subtree holds an element `is` says yes to. */
function holds(node: RootContent, is: (e: Element) => boolean): boolean {
  if (node.type !== 'element') return false;
  return is(node) || node.children.some((c) => holds(c, is));
}

/** Elements whose children, parsed alone in a <body>, read as they do in place (for well-formed content). */
const PLAIN = new Set(
  'body div section article main nav header footer aside ol ul li dl dt dd blockquote figure figcaption details summary p h1 h2 h3 h4 h5 h6 span a em strong b i u s small sub sup mark code kbd samp var abbr cite q dfn time bdi bdo del ins label'.split(
    ' ',
  ),
);
/** Elements that hold phrasing content only: a block element written inside would close them. */
const PHRASING_ONLY = new Set('p h1 h2 h3 h4 h5 h6 span em strong b i u s small sub sup mark code kbd samp var abbr cite q dfn time bdi bdo label'.split(' '));
/** Phrasing elements, which stay inside a paragraph. */
const PHRASING = new Set(
  'a abbr b bdi bdo br cite code data del dfn em i img input ins kbd label mark math q s samp small span strong sub sup svg time u var wbr'.split(' '),
);
