import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

// A served page is mostly its head's CSS: the bundled faces' and the theme's styles are 321 of the
// 371 KB of the bundled deck's cards.html (345 of 541 KB of its guide), and the HTML parser went
// through them a character at a time on every save, to find the body's elements. Those texts are
// cut out before parsing and put back into the tree after: the tree is the page's as a whole parse
// gives it, found in a seventh of the text.

/** One <style>'s text cut out of the head: where its start tag begins, where its text began, the text. */
interface Cut {
  open: number;
  at: number;
  text: string;
}

const OPEN = /<style\b[^>]*>/giy;
/** How the parser ends a <style>'s text: `</style` then a space, `/` or `>`. */
const CLOSE = /<\/style[\t\n\f\r />]/gi;
const NEXT_TAG = /<style\b|<body\b/gi;

/**
 * The page's tree parsed with the texts of its head's <style> elements cut out, then put back:
 * the same tree as `fromHtml(source)`, its positions' offsets included (lines and columns after a
 * style are those of the shorter text; nothing here reads them). undefined when a cut did not fall
 * on a <style> of the head as the parser read it (a `<style` written in a comment, a script or an
 * attribute, a `>` inside a quoted attribute of the tag): the caller then parses the page whole.
 */
export function parseWithoutHeadStyles(source: string): Root | undefined {
  const cuts = headStyleTexts(source);
  if (cuts.length === 0) return fromHtml(source);
  let shorter = '';
  let from = 0;
  // Where each cut text sat in the shorter page, and how much was cut before it.
  const starts: number[] = [];
  const before: number[] = [];
  for (const cut of cuts) {
    shorter += source.slice(from, cut.at);
    starts.push(shorter.length);
    before.push(cut.at - shorter.length);
    from = cut.at + cut.text.length;
  }
  shorter += source.slice(from);
  const root = fromHtml(shorter);
  const head = childElement(childElement(root, 'html'), 'head');
  const styles = new Map(
    (head?.children ?? []).flatMap((n) => (n.type === 'element' && n.tagName === 'style' ? [[n.position?.start.offset, n] as const] : [])),
  );
  const found = cuts.map((cut, i) => {
    const style = styles.get(cut.open - before[i]);
    // The cut's style, empty, from its start tag to the end tag right after the cut.
    const endTag = source.indexOf('>', cut.at + cut.text.length) + 1;
    const ok = style && style.children.length === 0 && style.position?.end.offset === endTag - before[i] - cut.text.length;
    return ok ? style : undefined;
  });
  if (found.some((style) => !style)) return undefined;
  shift(root, starts, cuts);
  for (const [i, style] of found.entries()) {
    const { at, text } = cuts[i];
    const { line, column } = style!.position!.start;
    style!.children = [{ type: 'text', value: text, position: { start: { offset: at, line, column }, end: { offset: at + text.length, line, column } } }];
  }
  return root;
}

/** The texts of the <style> elements written before the page's <body> tag, in order. */
function headStyleTexts(source: string): Cut[] {
  const cuts: Cut[] = [];
  NEXT_TAG.lastIndex = 0;
  for (let tag = NEXT_TAG.exec(source); tag && tag[0].toLowerCase() === '<style'; tag = NEXT_TAG.exec(source)) {
    OPEN.lastIndex = tag.index;
    const open = OPEN.exec(source);
    if (!open) break;
    const at = tag.index + open[0].length;
    CLOSE.lastIndex = at;
    const close = CLOSE.exec(source);
    if (!close) break;
    // An empty style has no text to cut (nor a text node to put back).
    if (close.index > at) cuts.push({ open: tag.index, at, text: source.slice(at, close.index) });
    NEXT_TAG.lastIndex = close.index;
  }
  return cuts;
}

/** Moves every position after a cut text (`starts`: where each was, in the shorter text) by the length cut before it. */
function shift(root: Root, starts: number[], cuts: Cut[]): void {
  const moved = (offset: number): number => {
    let by = 0;
    // A page has a few styles: a plain walk finds the cuts before `offset`.
    for (let k = 0; k < starts.length && starts[k] <= offset; k++) by += cuts[k].text.length;
    return offset + by;
  };
  const visit = (node: Root | RootContent | ElementContent) => {
    const p = node.position;
    if (p?.start.offset !== undefined) p.start.offset = moved(p.start.offset);
    if (p?.end.offset !== undefined) p.end.offset = moved(p.end.offset);
    if ('children' in node) for (const child of node.children) visit(child);
    if (node.type === 'element' && node.content) visit(node.content as unknown as Root);
  };
  visit(root);
}

const childElement = (parent: Root | Element | undefined, tagName: string): Element | undefined =>
  (parent?.children as (RootContent | ElementContent)[] | undefined)?.find((n): n is Element => n.type === 'element' && n.tagName === tagName);
