import type { Html, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import type { Nodes as HastNodes } from 'hast';
import { calloutBox } from '../callouts.js';
import { answerSummary } from './labels.js';
import { foldsContents, inlineHtmlToMdast, type DroppedHtml } from './html-to-mdast.js';
import { DetailsDepths, detailsDepth } from './details-depths.js';
import { namesFollowUp } from './follow-ups.js';

// `<details>` opening a piece of HTML, its `<summary>` whole in it; what follows the summary is content.
const OPENING = /^\s*<details\b[^>]*>\s*<summary\b[^>]*>([\s\S]*?)<\/summary>/i;
const CLOSING = '</details>';

/**
 * The HTML without the `</details>` ending it (and the blanks after), as it was when it ends so; the depth it then
 * opens goes up by one. Read from its end only: nested 5,000 deep, a pattern searching each level's piece from its
 * start read the whole block at every level.
 */
function withoutClosing(html: string): { value: string; closed: boolean } {
  const trimmed = html.trimEnd();
  const closed = trimmed.length >= CLOSING.length && trimmed.slice(-CLOSING.length).toLowerCase() === CLOSING;
  return closed ? { value: trimmed.slice(0, -CLOSING.length), closed } : { value: html, closed };
}
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
  const nodes = given.flatMap((node, i) => runOnDetails(node, given, i + 1));
  return boxedRun({ nodes, from: 0, to: nodes.length }, new DetailsDepths(nodes), dropped);
}

/**
 * The nodes a block folds: the rest of its opening piece of HTML (`first`), the nodes between in
 * the list as it was given (`nodes[from..to)`, never copied: nested thousands deep, copying them
 * at each level was quadratic) and what its closing piece holds before `</details>` (`last`).
 */
interface Run {
  nodes: RootContent[];
  from: number;
  to: number;
  first?: Html;
  /** How many `<details>` `first` opens, less those it closes: counted once, where it is cut from its piece. */
  firstDepth?: number;
  last?: Html;
}

const runLength = (run: Run): number => (run.first ? 1 : 0) + run.to - run.from + (run.last ? 1 : 0);

/** The node at place `i` of a run. */
function nodeAt(run: Run, i: number): RootContent {
  if (run.first) {
    if (i === 0) return run.first;
    i--;
  }
  return i < run.to - run.from ? run.nodes[run.from + i] : run.last!;
}

/** The place in the list given of the node at place `i` of a run (not its first or last piece). */
const listPlace = (run: Run, i: number): number => run.from + i - (run.first ? 1 : 0);

/** How many `<details>` the piece of HTML at place `i` of a run opens, less those it closes. */
function openedAt(run: Run, i: number, depths: DetailsDepths): number {
  if (run.first && i === 0) return (run.firstDepth ??= detailsDepth(run.first.value));
  if (run.last && i === runLength(run) - 1) return detailsDepth(run.last.value);
  const k = listPlace(run, i);
  return depths.after(k) - depths.after(k - 1);
}

function boxedRun(run: Run, depths: DetailsDepths, dropped: DroppedHtml[]): RootContent[] {
  const out: RootContent[] = [];
  const length = runLength(run);
  for (let i = 0; i < length; i++) {
    const node = nodeAt(run, i);
    const m = node.type === 'html' ? OPENING.exec(node.value) : null;
    const close = m ? closeOf(run, i, depths) : -1;
    const summary = m ? m[1].replace(/<[^>]*>/g, '').trim() : '';
    // The fold over a table of contents (`<summary>Hide/Show table of contents</summary>`), its table already left
    // out as navigation: its tags go with it, not a bold "Hide/Show table of contents" over nothing.
    if (m && foldsContents(summary) && onlyBlankHtml(run, i + 1, close < 0 ? length : close)) {
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
    const rest = open.value.slice(m[0].length);
    const folded: Run = { nodes: run.nodes, from: 0, to: 0 };
    if (rest.trim()) {
      const shut = close === i ? withoutClosing(rest) : { value: rest, closed: false };
      // The depth the rest opens, from the piece's own (the opening and summary cut off, a closing tag taken away).
      folded.first = { ...open, value: shut.value };
      folded.firstDepth = openedAt(run, i, depths) - detailsDepth(m[0]) + (shut.closed ? 1 : 0);
    }
    if (close > i) {
      folded.from = listPlace(run, i + 1);
      folded.to = listPlace(run, close);
      const last = withoutClosing((nodeAt(run, close) as Html).value).value;
      if (last.trim()) folded.last = { ...(nodeAt(run, close) as Html), value: last };
    }
    out.push(calloutBox(title, boxedRun(folded, depths, dropped), open.position, summary));
    i = close;
  }
  return out;
}

/** Whether the nodes at places [from, to) of a run are all blank pieces of HTML. */
function onlyBlankHtml(run: Run, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const node = nodeAt(run, i);
    if (node.type !== 'html' || node.value.trim()) return false;
  }
  return true;
}

/**
 * A paragraph whose words run on into a `<details>` aside (`… returns. <details><summary>Example</summary>…`, closed on
 * that line or lines below): its words, then the block as a piece of HTML for boxedDetails to box. Markdown reads a tag
 * after words as phrasing, so the summary printed as a bold word run into the paragraph. Any other node as it is.
 */
function runOnDetails(node: RootContent, given: RootContent[], from: number): RootContent[] {
  if (node.type !== 'paragraph') return [node];
  const at = node.children.findIndex((c) => c.type === 'html' && /^<details\b/i.test(c.value));
  const words = node.children.slice(0, at);
  if (at < 1 || !words.some((c) => !(c.type === 'text' && !c.value.trim()) && c.type !== 'break')) return [node];
  const html: Html = { type: 'html', value: phrasingHtml(node.children.slice(at)), position: node.position };
  const summary = OPENING.exec(html.value)?.[1].replace(/<[^>]*>/g, '').trim();
  if (!summary || answerSummary(summary) || !closesFrom(html, given, from)) return [node];
  // The space or line break before the tag goes with it.
  while (words.length && (words[words.length - 1].type === 'break' || (words[words.length - 1].type === 'text' && !(words[words.length - 1] as { value: string }).value.trim()))) words.pop();
  const last = words[words.length - 1];
  if (last.type === 'text') words[words.length - 1] = { ...last, value: last.value.trimEnd() };
  return [{ ...node, children: words }, html];
}

/** Whether the blocks `html` opens are closed by it or by the pieces of HTML in `given` from place `from` on. */
function closesFrom(html: Html, given: RootContent[], from: number): boolean {
  let depth = detailsDepth(html.value);
  for (let k = from; depth > 0 && k < given.length; k++) {
    const node = given[k];
    if (node.type === 'html') depth += detailsDepth(node.value);
  }
  return depth <= 0;
}

/** Phrasing as the HTML it prints (its raw tags kept), for a block that runs on inside it. */
const phrasingHtml = (children: PhrasingContent[]): string =>
  toHtml(toHast({ type: 'paragraph', children }, { allowDangerousHtml: true }) as HastNodes, { allowDangerousHtml: true }).replace(/^<p>|<\/p>$/g, '');

/**
 * HTML cut around the `<details>` blocks ending lines of their own in it (`<details><summary>Example</summary><pre>…</pre></details>`
 * typed on one line in a `<details>` question's answer, or run on after its words): each such block a piece kept as HTML, for boxedDetails to box
 * as it boxes one written over several pieces; the HTML between them read as before. Blocks whose summary names the answer or a follow-up question, or folds a table of contents, are not cut out.
 */
export function foldPieces(html: string): { html: string; fold: boolean }[] {
  const pieces: { html: string; fold: boolean }[] = [];
  const ends = closingEnds(html);
  let from = 0;
  for (const m of html.matchAll(/<details\b/gi)) {
    if (m.index < from) continue;
    const end = ends.get(m.index) ?? closingEnd(html, m.index);
    const block = end < 0 ? '' : html.slice(m.index, end);
    const summary = OPENING.exec(block)?.[1].replace(/<[^>]*>/g, '').trim() ?? '';
    // A follow-up question folded in the answer (`<summary>꼬리질문2: …</summary>`) is read as the follow-ups around it are, under a label of its own, never boxed.
    if (!summary || answerSummary(summary) || foldsContents(summary) || namesFollowUp(summary) || !/^[ \t]*(?:\r?\n|$)/.test(html.slice(end))) continue;
    if (m.index > from) pieces.push({ html: html.slice(from, m.index), fold: false });
    pieces.push({ html: block, fold: true });
    from = end;
  }
  if (from < html.length) pieces.push({ html: html.slice(from), fold: false });
  return pieces;
}

/**
 * Where each `<details>` tag of the HTML closes (the index after its `</details>`, -1 when none does), by its
 * place: found in one pass, pairing tags as they close. closingEnd read the rest of the HTML at each
 * opening, and blocks nested 5,000 deep were read 5,000 times over.
 */
function closingEnds(html: string): Map<number, number> {
  const ends = new Map<number, number>();
  const open: number[] = [];
  for (const m of html.matchAll(DETAILS_TAG)) {
    if (!m[1]) open.push(m.index);
    else if (open.length) ends.set(open.pop()!, m.index + m[0].length);
  }
  for (const at of open) ends.set(at, -1);
  return ends;
}

const DETAILS_TAG = /<(\/?)details\b[^>]*>/gi;

/** Where the `<details>` opening at `at` closes (blocks opened inside it closed first): the index after its `</details>`; -1 when none does. */
function closingEnd(html: string, at: number): number {
  let depth = 0;
  for (const m of html.slice(at).matchAll(DETAILS_TAG)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return at + m.index + m[0].length;
  }
  return -1;
}

/**
 * The place of the piece of HTML closing the block the node at place `at` of a run opens (blocks
 * opened inside it closed first); -1 when none does. The list's own nodes are looked up in `depths`;
 * a run's first and last pieces, cut from theirs, are counted as they are.
 */
function closeOf(run: Run, at: number, depths: DetailsDepths): number {
  const lastPlace = runLength(run) - 1;
  if (run.last && at === lastPlace) return detailsDepth(run.last.value) <= 0 ? at : -1;
  // The depth the list given must come back to (or above) for the block to close.
  let limit: number;
  let from: number;
  if (run.first && at === 0) {
    const opened = openedAt(run, 0, depths);
    if (opened <= 0) return 0;
    from = run.from;
    limit = depths.after(from - 1) - opened;
  } else {
    from = listPlace(run, at);
    limit = depths.after(from - 1);
  }
  const closing = depths.firstAtMost(from, run.to, limit);
  if (closing >= 0) return closing - run.from + (run.first ? 1 : 0);
  if (run.last && depths.after(run.to - 1) - limit + detailsDepth(run.last.value) <= 0) return lastPlace;
  return -1;
}
