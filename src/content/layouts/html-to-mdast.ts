import { fromHtml } from 'hast-util-from-html';
import { toMdast, type Handle } from 'hast-util-to-mdast';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from '../visit-tree.js';
import type { Element, Root as HastRoot, Nodes as HastNodes } from 'hast';
import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { Position } from 'unist';
import { htmlCodeSpans } from './html-code-spans.js';
import { namesContents } from './contents-heading.js';
import { textOf } from '../hast-text.js';

/** What converting a piece of raw HTML left out: tag names (with the line they sit on). */
export interface DroppedHtml {
  tag: string;
  line: number;
}

// Elements whose content cannot be printed through markdown: they are left out, and said so.
const NOT_PRINTED = new Set(['link', 'meta', 'base', 'script', 'style', 'svg', 'math', 'embed', 'applet', 'template', 'iframe', 'object', 'audio', 'video', 'canvas', 'noscript', 'form', 'input', 'select', 'textarea', 'button', 'frame', 'frameset']);

// <sup>, <sub> have no markdown form: kept as emphasis that renders as the same element.
// <u> and <ins> neither: an underlined label (`<u>Note</u>:`) prints underlined as <ins> (the
// sanitizer keeps it, not <u>), never in italics, as emphasis would print it.
// An empty one (an advert's slot, `<ins class="…" data-ad-slot="…"></ins>`, filled by a script) prints nothing.
const renamed = (name: 'sup' | 'sub' | 'ins'): Handle => (state, node: Element) => {
  const children = state.all(node) as PhrasingContent[];
  if (!children.some((c) => !(c.type === 'text' && !c.value.trim()))) return undefined;
  const result: PhrasingContent = { type: 'emphasis', children, data: { hName: name } };
  state.patch(node, result);
  return result;
};

/**
 * Raw HTML → mdast, read as structure: `<b>` becomes strong, `<pre>` code, `<a href>` a link,
 * `<img>` an image, lists and tables stay lists and tables. Nothing stays HTML: what cannot be
 * written as markdown (scripts, frames, forms) is left out and listed in `dropped`. Positions are
 * moved onto `at`, the place of the HTML in the deck file, so messages name the deck's line.
 */
export function htmlToMdast(html: string, at: Position | undefined, dropped: DroppedHtml[]): RootContent[] {
  const hast = fromHtml(html, { fragment: true });
  const firstLine = at?.start.line ?? 1;
  visit(hast, 'element', (node: Element, index, parent) => {
    const line = firstLine + (node.position?.start.line ?? 1) - 1;
    if (NOT_PRINTED.has(node.tagName)) {
      dropped.push({ tag: node.tagName, line });
      // Taken out of the tree, its text too: markdown has handlers printing a button's or a
      // textarea's words, and the warning says the element is left out.
      if (parent && index !== undefined) parent.children.splice(index, 1);
      return [SKIP, index];
    }
    // A <summary> folding a table of contents ("Hide/Show table of contents") labels navigation, left out with its table: it goes.
    if (node.tagName === 'summary' && parent && index !== undefined && foldsContents(textOf(node))) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    // A nested <summary> is a caption of a block inside an answer: print it bold.
    if (node.tagName === 'summary') node.children = [{ type: 'element', tagName: 'strong', properties: {}, children: node.children }];
    return undefined;
  });
  const mdast = toMdast(hast as HastRoot, { handlers: { sup: renamed('sup'), sub: renamed('sub'), u: renamed('ins'), ins: renamed('ins') }, nodeHandlers: { comment: () => undefined } }) as Root;
  placeAt(mdast, firstLine, at);
  spaceAfterBreaks(mdast);
  htmlCodeSpans(mdast);
  return wrapPhrasing(mdast.children);
}

/** A fold's summary naming a table of contents, less what it says to click ("Hide/Show table of contents", "Click to expand the index"). */
export const foldsContents = (summary: string): boolean =>
  namesContents(summary.trim().replace(/^(?:(?:hide|show|toggle|click(?: here)?|tap|expand|view|see|open)\b[\s/]*(?:to\s+|for\s+)?)*(?:the\s+)?/i, ''));

/**
 * `a<br>b` reads as two lines in print, and as "a b" in plain text (card answers, exports), not
 * "ab": the text after a break starts on a new line.
 */
function spaceAfterBreaks(tree: Root): void {
  visit(tree, (node) => {
    if (!('children' in node)) return;
    const children = node.children as PhrasingContent[];
    children.forEach((child, i) => {
      const next = children[i + 1];
      if (child.type === 'break' && next?.type === 'text' && !/^\s/.test(next.value)) next.value = `\n${next.value}`;
    });
  });
}

/** Runs of inline nodes left at the top of a fragment become paragraphs, as in any answer. */
function wrapPhrasing(nodes: RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  let run: PhrasingContent[] = [];
  const close = () => {
    if (run.some((n) => n.type !== 'break' && !(n.type === 'text' && !n.value.trim()))) {
      out.push({ type: 'paragraph', children: run, position: run[0].position && { start: run[0].position.start, end: run[run.length - 1].position!.end } });
    }
    run = [];
  };
  for (const node of nodes) {
    if (isPhrasing(node)) run.push(node);
    else {
      close();
      out.push(node);
    }
  }
  close();
  return out;
}

/**
 * The phrasing of a paragraph (or heading) that holds inline HTML, read again as HTML so that
 * `<b>x</b>` split over several mdast nodes becomes one strong node. Undefined when it holds none.
 */
export function inlineHtmlToMdast(children: PhrasingContent[], at: Position | undefined, dropped: DroppedHtml[]): PhrasingContent[] | undefined {
  if (!children.some(holdsHtml)) return undefined;
  const blocks = phrasingHtmlBlocks(children, at, dropped);
  const phrasing: PhrasingContent[] = [];
  for (const block of blocks) {
    if (phrasing.length) phrasing.push({ type: 'break', position: at });
    if (block.type === 'paragraph' || block.type === 'heading') phrasing.push(...block.children);
    else if (isPhrasing(block)) phrasing.push(block);
  }
  return phrasing;
}

/** Phrasing holding raw HTML, read as the blocks it makes. */
const phrasingHtmlBlocks = (children: PhrasingContent[], at: Position | undefined, dropped: DroppedHtml[]): RootContent[] =>
  htmlToMdast(toHtml(toHast({ type: 'paragraph', children }, { allowDangerousHtml: true }) as HastNodes, { allowDangerousHtml: true }), at, dropped);

/**
 * A paragraph whose HTML makes blocks no line of text can hold (`… <details><summary>Example</summary><pre>…</pre></details>`
 * run on after its words: the code, a list, a table) as those blocks, its words in paragraphs around them; undefined when
 * its HTML reads as phrasing (inlineHtmlToMdast reads it then). Read as phrasing, the blocks were lost without a word.
 */
export function paragraphHtmlBlocks(paragraph: Paragraph, dropped: DroppedHtml[]): RootContent[] | undefined {
  if (!paragraph.children.some(holdsHtml)) return undefined;
  // What it leaves out is said once: here when it makes blocks, else by inlineHtmlToMdast.
  const left: DroppedHtml[] = [];
  const blocks = phrasingHtmlBlocks(paragraph.children, paragraph.position, left);
  if (blocks.every((b) => b.type === 'paragraph' || b.type === 'heading' || isPhrasing(b))) return undefined;
  dropped.push(...left);
  const out: RootContent[] = [];
  for (const block of blocks) {
    const last = out[out.length - 1];
    if (!isPhrasing(block)) out.push(block);
    else if (last?.type === 'paragraph' && last !== paragraph) last.children.push(block);
    else out.push({ type: 'paragraph', children: [block], position: paragraph.position });
  }
  return out;
}

const holdsHtml = (node: PhrasingContent): boolean => node.type === 'html' || ('children' in node && (node.children as PhrasingContent[]).some(holdsHtml));

const PHRASING = new Set(['text', 'emphasis', 'strong', 'inlineCode', 'link', 'image', 'break', 'delete', 'inlineMath', 'linkReference', 'imageReference', 'footnoteReference']);
export const isPhrasing = (node: RootContent): node is PhrasingContent => PHRASING.has(node.type);

/** Every node takes the line of the HTML in the deck file, shifted by its own line inside it. */
function placeAt(tree: Root, firstLine: number, at: Position | undefined): void {
  visit(tree, (node) => {
    const own = node.position?.start.line;
    if (!own || !at) {
      node.position = at ? { start: { ...at.start }, end: { ...at.end } } : undefined;
      return;
    }
    const line = firstLine + own - 1;
    node.position = { start: { line, column: node.position!.start.column }, end: { line: firstLine + node.position!.end.line - 1, column: node.position!.end.column } };
  });
}
