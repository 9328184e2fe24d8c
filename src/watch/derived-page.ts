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
  /** Where `fresh` starts in the new page. */
  freshStart: number;
  /** The change in length the part makes (the page's whole change when it is the only part). */
  shift: number;
}

/**
 * Makes `page`, the tree of the page before a save whose head did not change, into the tree of the
 * page after it, in place: `parts` in the order they stand in the page, none inside another. False
 * (the tree left as it was) where a part, parsed alone, may not read as the whole page reads it:
 * under a table, an SVG, a <pre> or a form control, or block elements inside a paragraph or
 * heading (the browser would close it first), a link inside a link.
 */
export function deriveTree(page: Page, parts: ReplacedPart[]): boolean {
  if (!parts.every(derivable)) return false;
  for (const { ancestors, first, last, fresh, freshStart, shift } of parts) {
    const parent = ancestors[ancestors.length - 1];
    // Read after the parts before it moved the text: where the part stands in the new page's text so far.
    const from = startOf(parent.children[first]);
    parent.children.splice(first, last - first + 1, ...fresh);
    const fresher = new Set<unknown>(fresh);
    // The text ahead of the part is where it was; the text after it moved by the part's `shift`.
    moveAll(page.root, (offset) => (offset <= from ? offset : offset + shift), fresher, from);
    for (const node of fresh) moveAll(node, (offset) => offset + freshStart);
  }
  return true;
}

/** Whether the part, parsed alone, reads as the whole page reads it (deriveTree). */
function derivable({ ancestors, first, last, fresh }: ReplacedPart): boolean {
  if (!ancestors.every((a) => PLAIN.has(a.tagName))) return false;
  const inPhrasing = ancestors.some((a) => PHRASING_ONLY.has(a.tagName));
  const inLink = ancestors.some((a) => a.tagName === 'a');
  if ((inPhrasing || inLink) && fresh.some((n) => holds(n, (e) => (inPhrasing && !PHRASING.has(e.tagName)) || (inLink && e.tagName === 'a')))) return false;
  const parent = ancestors[ancestors.length - 1];
  return !Number.isNaN(startOf(parent.children[first])) && !Number.isNaN(endOf(parent.children[last]));
}

/**
 * Moves every position's offset in the subtree, skipping the subtrees in `skip` and those that end
 * by `still` (the text ahead of a change, which stays where it was: a save near the end of the
 * guide walked its whole tree).
 */
function moveAll(node: Root | RootContent, move: (offset: number) => number, skip?: Set<unknown>, still?: number): void {
  if (skip?.has(node)) return;
  const end = node.position?.end.offset;
  if (still !== undefined && end !== undefined && end <= still) return;
  const p = node.position;
  if (p?.start.offset !== undefined) p.start.offset = move(p.start.offset);
  if (p?.end.offset !== undefined) p.end.offset = move(p.end.offset);
  if ('children' in node) for (const child of node.children) moveAll(child, move, skip, still);
  if (node.type === 'element' && node.content) moveAll(node.content as unknown as Root, move, skip, still);
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
