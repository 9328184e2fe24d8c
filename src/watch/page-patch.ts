import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { elements, endOf, isBlank, parsePage, parsed, reparsed, reparsesAs, sameNode, sameProperties, startOf, textOf, type Page } from './parsed-page.js';
import { deriveTree, type ReplacedPart } from './derived-page.js';

/** One element of the body to replace: its place (element children, from <body>) and its new HTML. */
export interface PatchPart {
  path: number[];
  html: string;
}

/**
 * What turns an open page into the next version of it without a reload: elements replaced in
 * place and, when the page's CSS or title changed, all its <style> texts or its title.
 */
export interface PagePatch {
  parts: PatchPart[];
  /** Every <style> of the head, in order, when any of them changed. */
  styles?: string[];
  title?: string;
}

/**
 * A small set of element replacements that makes `before` into `after`, both whole pages as
 * served. undefined when the page's frame changed and only a reload is right: another head (a
 * script, the policy, meta), other <html> or <body> attributes, or top-level blocks of the body
 * added, removed or reordered (a section added, say). Inside the body, an element whose children
 * kept their kinds and count is descended into; one that did not is replaced whole.
 *
 * A save usually changes one place: only the part of `after` around what differs from `before`
 * is parsed (`before`'s tree is kept from the last call, or made ahead by prepareDiff); when that
 * place cannot be found that way (the <body> tag changed, say), the whole pages are compared.
 */
export function diffPages(before: string, after: string): PagePatch | undefined {
  if (before === after) return { parts: [] };
  if (before.length > LARGEST_PAGE || after.length > LARGEST_PAGE) return undefined;
  const old = parsed(before);
  if (!old) return undefined;
  const local = diffAround(old, before, after, (parts) => {
    // The next save's diff starts from this page: its tree from this one's, not parsed whole again.
    if (deriveTree(old, parts)) reparsed(before, after, old);
  });
  if (local !== WHOLE) return local;
  const now = parsed(after);
  if (!now || !sameShell(old, now)) return undefined;
  const patch: PagePatch = { parts: [] };
  if (!sameHead(old.head, now.head, patch)) return undefined;
  if (!sameProperties(old.body, now.body)) return undefined;
  const parts = diffChildren({ node: old.body, source: before }, { node: now.body, source: after }, []);
  if (!parts) return undefined;
  patch.parts = parts;
  return patch;
}

/**
 * Parses a served page ahead of its next save, a moment after the current work (the server calls
 * it once a page or a patch is out): the browser applying that patch, on the same cores, goes
 * first. A save sooner than that parses the page itself.
 */
export function prepareDiff(served: string): void {
  if (served.length <= LARGEST_PAGE) setTimeout(() => parsed(served), PREPARE_AFTER_MS).unref();
}

/** How long the parse ahead waits: a patched page is laid out again and painted in well under this. */
const PREPARE_AFTER_MS = 250;

/**
 * Pages longer than this (in characters) reload instead: a parsed page takes tens of times its
 * size in memory, and a guide of thousands of questions would hold hundreds of MB per version.
 */
const LARGEST_PAGE = 4 * 2 ** 20;

/** The answer "compare the whole pages": the changed place could not be found from the text alone. */
const WHOLE = Symbol('whole');

/** A node with the text its positions point into. */
interface Sourced<T> {
  node: T;
  source: string;
}

/**
 * The patch found from the changed text alone. The head is compared as text (and parsed only
 * when it differs); in the body, the deepest element whose content holds every differing
 * character is found in `before`'s tree, and only its changed children are parsed from `after`
 * (the text around them is the same in both, shifted by the length difference).
 */
function diffAround(page: Page, before: string, after: string, replaced: (parts: ReplacedPart[]) => void): PagePatch | undefined | typeof WHOLE {
  const body = page.body;
  if (body.children.length === 0) return WHOLE;
  // <body ...> is found again in `after` as the same text, once, or the whole pages are compared.
  const bodyStart = startOf(body);
  const bodyTag = before.slice(bodyStart, startOf(body.children[0]));
  const at = after.indexOf(bodyTag);
  if (!bodyTag.startsWith('<body') || at < 0 || after.indexOf(bodyTag, at + 1) >= 0) return WHOLE;
  const patch: PagePatch = { parts: [] };
  const sameHeadText = before.slice(0, bodyStart) === after.slice(0, at);
  if (!sameHeadText) {
    const head = parsePage(after.slice(0, at));
    if (!head || !sameProperties(page.html, head.html) || !sameHead(page.head, head.head, patch)) return undefined;
  }
  // With the head as it was, the new page's tree can be made from this one (derived-page.ts).
  const derive = (...parts: ReplacedPart[]) => sameHeadText && replaced(parts);
  const [from, to] = changedRange(before, after, bodyStart, at);
  if (from === to && before.length - bodyStart === after.length - at) return patch;
  const found = narrowed(
    { element: body, path: [], ancestors: [body] },
    { from, to, lead: at - bodyStart, shift: after.length - before.length },
    before,
    after,
  );
  if (found === WHOLE || found === undefined) return found;
  derive(...found.replaced);
  return { ...patch, parts: found.parts };
}

/**
 * A changed place: [from, to) in `before`; the text before it sits `lead` further on in `after`,
 * the text after it `shift` further on.
 */
interface Change {
  from: number;
  to: number;
  lead: number;
  shift: number;
}

/** Where the search for a change starts: an element, its path (element children, from <body>), and its ancestors from <body>, itself last. */
interface Place {
  element: Element;
  path: number[];
  ancestors: Element[];
}

/** The parts that make a changed place new, and what was parsed for them (to make the next tree of, derived-page.ts). */
interface Found {
  parts: PatchPart[];
  replaced: ReplacedPart[];
}

/**
 * The parts for `change`, found under `top.element`: the deepest element whose content holds the
 * whole change, and there only the children it touched, parsed from `after`. `top.element` itself
 * is never replaced: undefined (from <body>, a reload) or WHOLE (compare whole pages) instead.
 */
function narrowed(top: Place, change: Change, before: string, after: string): Found | undefined | typeof WHOLE {
  const { from, to, lead, shift } = change;
  let element = top.element;
  const path = [...top.path];
  const ancestors = [...top.ancestors];
  const grown = shift - lead;
  for (;;) {
    const kids = element.children;
    if (startOf(kids[0]) > from || endOf(kids[kids.length - 1]) < to) return element === top.element ? WHOLE : undefined;
    // Children touching the changed range (a change at a boundary touches both sides).
    const first = kids.findIndex((k) => endOf(k) >= from);
    if (startOf(kids[first]) > from) return WHOLE;
    let last = kids.length - 1;
    while (last > first && startOf(kids[last]) > to) last--;
    const only = kids[first];
    if (first === last && only.type === 'element' && only.children.length > 0 && startOf(only.children[0]) <= from && to <= endOf(only.children.at(-1)!)) {
      path.push(elementIndex(kids, first));
      element = only;
      ancestors.push(only);
      continue;
    }
    const apart = last > first ? twoPlaces({ element, path, ancestors }, first, last, change, before, after) : undefined;
    if (apart) return apart;
    const slice = after.slice(startOf(kids[first]) + lead, endOf(kids[last]) + shift);
    const fresh = fromHtml(slice, { fragment: true }).children as ElementContent[];
    const olds = kids.slice(first, last + 1);
    if (fresh.length === olds.length) {
      const parts = diffPairs(
        olds.map((node) => ({ node, source: before })),
        fresh.map((node) => ({ node, source: slice })),
        path,
        elementIndex(kids, first),
      );
      if (parts) return { parts, replaced: [{ ancestors, first, last, fresh, freshStart: startOf(kids[first]) + lead, shift: grown }] };
    }
    // The element's children changed in kind or number: it is replaced whole, and the top cannot be.
    if (element === top.element) return undefined;
    const own = path.pop()!;
    const html = reparsesAs(after.slice(startOf(element) + lead, endOf(element) + shift), element.tagName);
    if (html === undefined) return WHOLE;
    ancestors.pop();
    const parent = ancestors[ancestors.length - 1];
    const index = parent.children.indexOf(element);
    const fresh1 = fromHtml(html, { fragment: true }).children as ElementContent[];
    return {
      parts: [{ path: [...path, own], html }],
      replaced: [{ ancestors, first: index, last: index, fresh: fresh1, freshStart: startOf(element) + lead, shift: grown }],
    };
  }
}

/**
 * A save that changed two places among one element's children, far apart (a question retitled:
 * its entry in the contents at the top and the question further down): each place is narrowed
 * down on its own (to a list item, a heading) instead of parsing every child from the first
 * touched to the last (the guide's whole body). They are told apart by the text from the first
 * child's last characters to the last child's start, found whole in `after` past the first
 * change: the text around it is the same in both pages (checked character by character), so
 * each place has its own change. Undefined when it is not found: the children are parsed together.
 */
function twoPlaces(place: Place, first: number, last: number, change: Change, before: string, after: string): Found | undefined {
  const kids = place.element.children;
  const [firstEnd, lastStart] = [endOf(kids[first]), startOf(kids[last])];
  const anchorStart = Math.max(change.from, firstEnd - ANCHOR_CHARS);
  if (lastStart - anchorStart < ANCHOR_CHARS / 2) return undefined;
  const anchor = before.slice(anchorStart, lastStart);
  const end = endOf(kids[last]) + change.shift;
  const at = after.indexOf(anchor, change.from + change.lead);
  if (at < 0 || at + anchor.length > end) return undefined;
  // The text between the places sits `moved` further on in `after`; each place's change ends (or starts) where the text is the same again.
  const moved = at - anchorStart;
  const to = anchorStart - sameEnd(before, anchorStart, after, at, Math.min(anchorStart - change.from, at - change.from - change.lead));
  const from = lastStart + sameStart(before, lastStart, after, lastStart + moved, Math.min(change.to - lastStart, end - lastStart - moved));
  const one = narrowed(place, { from: change.from, to, lead: change.lead, shift: moved }, before, after);
  const two = narrowed(place, { from, to: change.to, lead: moved, shift: change.shift }, before, after);
  if (!one || one === WHOLE || !two || two === WHOLE) return undefined;
  return { parts: [...one.parts, ...two.parts], replaced: [...one.replaced, ...two.replaced] };
}

/** Characters of the first child's end that, with the text up to the last child, tell two changed places apart. */
const ANCHOR_CHARS = 64;

/** How many characters before `a` in `x` and before `b` in `y` are the same, at most `most`. */
function sameEnd(x: string, a: number, y: string, b: number, most: number): number {
  let n = 0;
  while (n < most && x.charCodeAt(a - 1 - n) === y.charCodeAt(b - 1 - n)) n++;
  return n;
}

/** How many characters from `a` in `x` and from `b` in `y` are the same, at most `most`. */
function sameStart(x: string, a: number, y: string, b: number, most: number): number {
  let n = 0;
  while (n < most && x.charCodeAt(a + n) === y.charCodeAt(b + n)) n++;
  return n;
}

/**
 * Where `before` and `after` differ past `start` (in `before`; `startAfter` in `after`): [from, to)
 * in `before`. The text ahead of it and behind it is the same in both.
 */
function changedRange(before: string, after: string, start: number, startAfter: number): [number, number] {
  const n = Math.min(before.length - start, after.length - startAfter);
  let same = 0;
  while (same < n && before.charCodeAt(start + same) === after.charCodeAt(startAfter + same)) same++;
  let tail = 0;
  while (tail < n - same && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return [start + same, before.length - tail];
}

/** The place of kids[i] among the element children (as Element.children counts). */
const elementIndex = (kids: ElementContent[], i: number): number => kids.slice(0, i).filter((k) => k.type === 'element').length;

/** Same doctype, same <html> attributes, same order of head and body. */
function sameShell(a: Page, b: Page): boolean {
  const kinds = (p: Page) => p.root.children.map((n) => (n.type === 'element' ? n.tagName : n.type)).join();
  return kinds(a) === kinds(b) && sameProperties(a.html, b.html) && a.html.children.length === b.html.children.length;
}

/**
 * Heads match but for their styles and title, which a page can take in place (recorded in
 * `patch`); a script, the content policy or a meta that changed needs a reload.
 */
function sameHead(a: Element, b: Element, patch: PagePatch): boolean {
  const rest = (head: Element) => head.children.filter((n) => !(n.type === 'element' && (n.tagName === 'style' || n.tagName === 'title')) && !isBlank(n));
  const [ra, rb] = [rest(a), rest(b)];
  if (ra.length !== rb.length || ra.some((n, i) => !sameNode(n, rb[i]))) return false;
  const styles = (head: Element) => elements(head.children).filter((e) => e.tagName === 'style');
  const [sa, sb] = [styles(a), styles(b)];
  if (sa.length !== sb.length || sa.some((s, i) => !sameNode(s, sb[i]))) patch.styles = sb.map(textOf);
  const title = (head: Element) => elements(head.children).find((e) => e.tagName === 'title');
  const [ta, tb] = [title(a), title(b)];
  if (!ta !== !tb) return false;
  if (ta && tb && textOf(ta) !== textOf(tb)) patch.title = textOf(tb);
  return true;
}

/**
 * The parts that turn `a`'s children into `b`'s, or undefined when their kinds or count differ
 * (then `a` itself must be replaced). Paths count element children only, as `Element.children` does.
 */
function diffChildren(a: Sourced<Element>, b: Sourced<Element>, path: number[]): PatchPart[] | undefined {
  if (a.node.children.length !== b.node.children.length) return undefined;
  const side = (x: Sourced<Element>) => x.node.children.map((node) => ({ node, source: x.source }));
  return diffPairs(side(a), side(b), path, 0);
}

/** The parts for children paired one to one; `index` is the element index of the first. */
function diffPairs(olds: Sourced<ElementContent>[], fresh: Sourced<ElementContent>[], path: number[], index: number): PatchPart[] | undefined {
  const parts: PatchPart[] = [];
  let at = index - 1;
  for (const [i, x] of olds.entries()) {
    const y = fresh[i];
    if (x.node.type === 'element') at++;
    if (sameSourced(x, y)) continue;
    if (x.node.type !== 'element' || y.node.type !== 'element' || x.node.tagName !== y.node.tagName) return undefined;
    const here = [...path, at];
    const inner = sameProperties(x.node, y.node) ? diffChildren(x as Sourced<Element>, y as Sourced<Element>, here) : undefined;
    if (inner) parts.push(...inner);
    else {
      const html = sourceOf(y.node, y.source);
      if (html === undefined) return undefined;
      parts.push({ path: here, html });
    }
  }
  return parts;
}

/** Equal nodes: the same text in the page is enough (the common case, and cheap), else the same tree. */
function sameSourced(x: Sourced<ElementContent>, y: Sourced<ElementContent>): boolean {
  const [xs, ys] = [textAt(x), textAt(y)];
  return (xs !== undefined && xs === ys) || sameNode(x.node, y.node);
}

const textAt = (x: Sourced<ElementContent>): string | undefined =>
  x.node.position?.start.offset === undefined ? undefined : x.source.slice(x.node.position.start.offset, x.node.position.end.offset);

/**
 * The element's own text in the page, when parsing that text alone gives the element back (the
 * browser parses a replacement the same way); undefined when it does not (misnested markup,
 * table or SVG context), and the caller falls back to a larger part or a reload.
 */
function sourceOf(element: Element, source: string): string | undefined {
  const start = element.position?.start.offset;
  const end = element.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  return reparsesAs(source.slice(start, end), element.tagName, element);
}
