import type { Html, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import type { Nodes as HastNodes } from 'hast';
import { calloutBox } from '../callouts.js';
import { answerSummary } from './labels.js';
import { foldsContents, inlineHtmlToMdast, type DroppedHtml } from './html-to-mdast.js';

// `<details>` opening a piece of HTML, its `<summary>` whole in it; what follows the summary is content.
const OPENING = /^\s*<details\b[^>]*>\s*<summary\b[^>]*>([\s\S]*?)<\/summary>/i;
const CLOSING = /<\/details>\s*$/i;
// What a summary says to the reader of a page ("Show code", "Click to see the output"): no words for paper.
const CLICK = /^(?:(?:click|tap)(?: here)? (?:to|for) (?:see |show |view |expand |reveal )?|show |see |view |reveal |expand )(?:the |an? )?/i;

/**
 * `<details>` blocks left in an answer once its questions are read (`<summary>Example</summary>`
 * over code, `<summary>Show code</summary>`), written over several pieces of HTML with markdown
 * between them: a box titled with their summary, of its kind where it names one, so print shows
 * the title over what it folds, never a bold line run into the answer, and a card passes over it
 * as an aside. A block whose summary names the answer ("Answer", "答案") is left as it is: it is the
 * answer. `dropped` collects what the summary's HTML leaves out.
 */
export function boxedDetails(given: RootContent[], dropped: DroppedHtml[]): RootContent[] {
  const nodes = given.flatMap((node, i) => runOnDetails(node, given.slice(i + 1)));
  const out: RootContent[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    const m = node.type === 'html' ? OPENING.exec(node.value) : null;
    const close = m ? closeOf(nodes, i) : -1;
    const summary = m ? m[1].replace(/<[^>]*>/g, '').trim() : '';
    // The fold over a table of contents (`<summary>Hide/Show table of contents</summary>`), its table already left
    // out as navigation: its tags go with it, not a bold "Hide/Show table of contents" over nothing.
    if (m && foldsContents(summary) && nodes.slice(i + 1, close < 0 ? undefined : close).every((n) => n.type === 'html' && !n.value.trim())) {
      if (close > i) i = close;
      continue;
    }
    if (!m || close < 0 || !summary || answerSummary(summary)) {
      out.push(node);
      continue;
    }
    const open = node as Html;
    const shown = summary.replace(CLICK, '');
    const words = /</.test(m[1]) ? inlineHtmlToMdast([{ type: 'html', value: m[1].trim() }], open.position, dropped) : undefined;
    const title: Paragraph = { type: 'paragraph', children: [{ type: 'strong', children: words ?? [{ type: 'text', value: shown[0].toUpperCase() + shown.slice(1) }] }], position: open.position };
    const content: RootContent[] = [];
    const rest = open.value.slice(m[0].length);
    if (rest.trim()) content.push({ ...open, value: close === i ? rest.replace(CLOSING, '') : rest });
    if (close > i) {
      content.push(...nodes.slice(i + 1, close));
      const last = (nodes[close] as Html).value.replace(CLOSING, '');
      if (last.trim()) content.push({ ...nodes[close], value: last } as Html);
    }
    out.push(calloutBox(title, boxedDetails(content, dropped), open.position, summary));
    i = close;
  }
  return out;
}

/**
 * A paragraph whose words run on into a `<details>` aside (`… returns. <details><summary>Example</summary>…`, closed on
 * that line or lines below): its words, then the block as a piece of HTML for boxedDetails to box. Markdown reads a tag
 * after words as phrasing, so the summary printed as a bold word run into the paragraph. Any other node as it is.
 */
function runOnDetails(node: RootContent, after: RootContent[]): RootContent[] {
  if (node.type !== 'paragraph') return [node];
  const at = node.children.findIndex((c) => c.type === 'html' && /^<details\b/i.test(c.value));
  const words = node.children.slice(0, at);
  if (at < 1 || !words.some((c) => !(c.type === 'text' && !c.value.trim()) && c.type !== 'break')) return [node];
  const html: Html = { type: 'html', value: phrasingHtml(node.children.slice(at)), position: node.position };
  const summary = OPENING.exec(html.value)?.[1].replace(/<[^>]*>/g, '').trim();
  if (!summary || answerSummary(summary) || closeOf([html, ...after], 0) < 0) return [node];
  // The space or line break before the tag goes with it.
  while (words.length && (words[words.length - 1].type === 'break' || (words[words.length - 1].type === 'text' && !(words[words.length - 1] as { value: string }).value.trim()))) words.pop();
  const last = words[words.length - 1];
  if (last.type === 'text') words[words.length - 1] = { ...last, value: last.value.trimEnd() };
  return [{ ...node, children: words }, html];
}

/** Phrasing as the HTML it prints (its raw tags kept), for a block that runs on inside it. */
const phrasingHtml = (children: PhrasingContent[]): string =>
  toHtml(toHast({ type: 'paragraph', children }, { allowDangerousHtml: true }) as HastNodes, { allowDangerousHtml: true }).replace(/^<p>|<\/p>$/g, '');

/**
 * HTML cut around the `<details>` blocks ending lines of their own in it (`<details><summary>Example</summary><pre>…</pre></details>`
 * typed on one line in a `<details>` question's answer, or run on after its words): each such block a piece kept as HTML, for boxedDetails to box
 * as it boxes one written over several pieces; the HTML between them read as before. Blocks whose summary names the answer, or folds a table of contents, are not cut out.
 */
export function foldPieces(html: string): { html: string; fold: boolean }[] {
  const pieces: { html: string; fold: boolean }[] = [];
  let from = 0;
  for (const m of html.matchAll(/<details\b/gi)) {
    if (m.index < from) continue;
    const end = closingEnd(html, m.index);
    const block = end < 0 ? '' : html.slice(m.index, end);
    const summary = OPENING.exec(block)?.[1].replace(/<[^>]*>/g, '').trim() ?? '';
    if (!summary || answerSummary(summary) || foldsContents(summary) || !/^[ \t]*(?:\r?\n|$)/.test(html.slice(end))) continue;
    if (m.index > from) pieces.push({ html: html.slice(from, m.index), fold: false });
    pieces.push({ html: block, fold: true });
    from = end;
  }
  if (from < html.length) pieces.push({ html: html.slice(from), fold: false });
  return pieces;
}

/** Where the `<details>` opening at `at` closes (blocks opened inside it closed first): the index after its `</details>`; -1 when none does. */
function closingEnd(html: string, at: number): number {
  let depth = 0;
  for (const m of html.slice(at).matchAll(/<(\/?)details\b[^>]*>/gi)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return at + m.index + m[0].length;
  }
  return -1;
}

/** The index of the piece of HTML closing the block `nodes[at]` opens (blocks opened inside it closed first); -1 when none does. */
function closeOf(nodes: RootContent[], at: number): number {
  let depth = 0;
  for (let k = at; k < nodes.length; k++) {
    const node = nodes[k];
    if (node.type !== 'html') continue;
    depth += (node.value.match(/<details\b/gi)?.length ?? 0) - (node.value.match(/<\/details>/gi)?.length ?? 0);
    if (depth <= 0) return k;
  }
  return -1;
}
