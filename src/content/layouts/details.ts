import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import type { Nodes as HastNodes } from 'hast';
import type { Heading, PhrasingContent, RootContent, Table } from 'mdast';
import type { Position } from 'unist';
import { toString } from 'mdast-util-to-string';
import { htmlToMdast, isPhrasing, type DroppedHtml } from './html-to-mdast.js';
import { answerSummary, ASIDE_SUMMARY, OPTION_LINES } from './labels.js';
import { isOptionList } from '../option-lists.js';
import { markCardStart } from './card-start.js';
import { levelLine } from '../level-names.js';
import type { Level } from '../../model/deck.js';
import { withoutNumber } from './question-number.js';
import { listQuestionsLayout } from './list-questions.js';
import { foldPieces } from './details-boxes.js';
import { groupedBlocks, placeGroup, withoutToggle, type Chunk } from './details-groups.js';
import type { Layout, Part } from './types.js';
import { lineText } from '../line-text.js';

const TAG = /<(\/?)(details|summary)\b[^>]*>/gi;

interface Open {
  at: Position;
  depth: number;
  inSummary: boolean;
  hadSummary: boolean;
  summary: string;
  chunks: Chunk[];
  /** Summaries of the blocks opened inside it: questions, if it is never closed. */
  nested: number;
}

/** Where `index` of an html node's value sits in the deck file. */
function positionIn(node: RootContent, value: string, index: number): Position {
  const start = node.position?.start ?? { line: 1, column: 1 };
  const line = start.line + (value.slice(0, index).match(/\n/g)?.length ?? 0);
  return { start: { line, column: 1 }, end: { line, column: 1 } };
}

/**
 * `<details><summary>Question</summary> answer </details>` blocks, as one HTML block or as an
 * opening HTML block, markdown, and a closing one. The HTML is read as structure (html-to-mdast),
 * never passed on; a `<details>` inside an answer stays in the answer.
 */
export const detailsLayout: Layout = {
  name: 'details',
  count(nodes) {
    const html = nodes.map(asHtml);
    const blocks = html.reduce((n, node, i) => n + (node.type === 'html' ? (node.value.match(/<summary\b/gi)?.length ?? 0) - nestedSummaries(node.value) - hiddenAnswers(node.value, html, i) - asideBlock(node.value) : 0), 0);
    return blocks + (blocks >= 2 ? outsideRuns(html).reduce((n, run) => n + listedQuestions(run), 0) : 0);
  },
  read: (nodes, dropped, warn) => readBlocks(nodes, dropped, warn, 0),
};

// How deep an accordion's groups are read as groups (a group of groups of questions); deeper, a group is a question with
// its blocks as its answer, so a hostile file of thousands of nested groups is read once, not once per level.
const GROUP_NESTING = 3;

/** The blocks of a file, or of a group `nesting` groups deep, as questions, headings and content. */
function readBlocks(nodes: RootContent[], dropped: DroppedHtml[], warn: Parameters<Layout['read']>[2], nesting: number): Part[] {
    const parts: Part[] = [];
    let q: Open | undefined;
    // The level of the last heading outside the blocks: an accordion's groups go one under it.
    let outer = 1;
    const finish = () => {
      const blocks = nesting < GROUP_NESTING ? groupedBlocks(q!.chunks) : undefined;
      if (blocks) {
        const title = { ...summaryHeading(q!, dropped), depth: Math.min(6, outer + 1) as Heading['depth'] };
        parts.push(...placeGroup(readBlocks(blocks, dropped, warn, nesting + 1), title, dropped));
      } else parts.push(toQuestion(q!, dropped));
      q = undefined;
    };
    for (const raw of nodes.flatMap(liftClosingTags)) {
      const node = asHtml(raw);
      if (node.type !== 'html' || (!q && !/<details\b/i.test(node.value))) {
        if (q && q.inSummary) q.summary += ` ${plain(node)}`;
        else if (q) q.chunks.push({ node });
        else parts.push(node.type === 'heading' ? { kind: 'heading', node } : { kind: 'content', node });
        if (!q && node.type === 'heading') outer = node.depth;
        continue;
      }
      const value = node.value;
      let outside = '';
      let outsideAt = 0;
      let last = 0;
      // Text outside any block, as a node at the line it starts on (not the whole block's first line).
      const leftOver = (): Part => ({ kind: 'content', node: { type: 'html', value: outside.replace(/^\s+/, ''), position: positionIn(node, value, outsideAt + (/^\s*/.exec(outside)?.[0].length ?? 0)) } });
      const text = (upTo: number) => {
        const segment = value.slice(last, upTo);
        if (!q && !outside) outsideAt = last;
        if (!q) outside += segment;
        else if (q.inSummary) q.summary += segment;
        else if (segment.trim()) q.chunks.push({ html: segment, at: positionIn(node, value, last) });
      };
      for (const m of value.matchAll(TAG)) {
        text(m.index);
        last = m.index + m[0].length;
        const [tag, closing, name] = [m[0], m[1] === '/', m[2].toLowerCase()];
        if (!q) {
          if (name === 'details' && !closing) {
            if (outside.trim()) parts.push(leftOver());
            outside = '';
            q = { at: positionIn(node, value, m.index), depth: 1, inSummary: false, hadSummary: false, summary: '', chunks: [], nested: 0 };
          } else {
            if (!outside) outsideAt = m.index;
            outside += tag;
          }
        } else if (name === 'summary' && q.depth === 1 && !q.hadSummary) {
          q.inSummary = !closing;
          q.hadSummary ||= closing;
        } else if (name === 'details' && closing && q.depth === 1) {
          finish();
        } else {
          if (name === 'details') q.depth += closing ? -1 : 1;
          if (name === 'summary' && !closing) q.nested++;
          q.chunks.push({ html: tag, at: positionIn(node, value, m.index) });
        }
      }
      text(value.length);
      if (!q && outside.trim()) parts.push(leftOver());
    }
    if (q) {
      // Never closed: all that follows became its answer, questions too. Said, never silent.
      const more = q.nested ? ` (with ${q.nested} more question${q.nested === 1 ? '' : 's'})` : '';
      warn?.(q.at.start.line, 'unclosed-details', `<details> is never closed, so the rest of the file${more} is read as its answer — add </details> where its answer ends`);
      finish();
    }
    return listedOutside(askedAbove(parts), dropped);
}

/** The questions a run of blocks outside every `<details>` holds as a list of questions (two at least), else 0. */
function listedQuestions(run: RootContent[]): number {
  const count = listQuestionsLayout.count(run);
  return count >= 2 ? count : 0;
}

/** The runs of blocks standing outside every `<details>` block (the tags counted as a browser reads them). */
function outsideRuns(nodes: RootContent[]): RootContent[][] {
  const runs: RootContent[][] = [[]];
  let depth = 0;
  for (const node of nodes) {
    if (node.type === 'html' && TAG_NAME.test(node.value)) {
      for (const m of node.value.matchAll(TAG)) if (m[2].toLowerCase() === 'details') depth = Math.max(0, depth + (m[1] ? -1 : 1));
      runs.push([]);
    } else if (depth === 0) runs[runs.length - 1].push(node);
  }
  return runs.filter((run) => run.length);
}

/**
 * A bank of `<details>` questions that goes on with a list of questions of its own
 * (`1. What is …?⏎2. …`, open questions to study): the list's questions are questions too,
 * read as the list layout reads them.
 */
function listedOutside(parts: Part[], dropped: DroppedHtml[]): Part[] {
  if (parts.filter((p) => p.kind === 'question').length < 2) return parts;
  const out: Part[] = [];
  let run: Part[] = [];
  // The heading the run stands under, read with it (its groups, `**Advanced:**`, are named under it) and not emitted twice.
  let under: Heading | undefined;
  let last: Heading | undefined;
  const flush = () => {
    const nodes = run.flatMap((p) => (p.kind === 'question' ? [] : [p.node]));
    if (!listedQuestions(nodes)) out.push(...run);
    else if (under && run[0]?.kind !== 'heading') out.push(...listQuestionsLayout.read([under, ...nodes], dropped).filter((p) => !(p.kind === 'heading' && p.node === under)));
    else out.push(...listQuestionsLayout.read(nodes, dropped));
    run = [];
  };
  for (const part of parts) {
    if (part.kind === 'question' || (part.kind === 'content' && part.node.type === 'html')) {
      flush();
      out.push(part);
    } else {
      if (!run.length) under = last;
      run.push(part);
    }
    if (part.kind === 'heading') last = part.node;
  }
  flush();
  return out;
}

/**
 * `**1. What …?**` then `<details><summary>Answer</summary>…`: a block whose summary only says
 * "Answer" takes its question from the paragraph (or one-item list) right above it.
 */
function askedAbove(parts: Part[]): Part[] {
  const out: Part[] = [];
  // The questions an "Answer" block was joined to: a block of that kind right under one answers it further.
  const answeredAbove = new Set<Part>();
  for (const part of parts) {
    const above = out[out.length - 1];
    const asked = above?.kind === 'content' ? questionWords(above.node) : undefined;
    const hidden = part.kind === 'question' && answerSummary(toString(part.heading));
    // A level badge between the question and its block (`![Easy](…/easy.svg)`): the question's level, not a picture to print.
    const badge = hidden ? badgeAbove(out) : undefined;
    if (badge) {
      const q = part as Extract<Part, { kind: 'question' }>;
      out.splice(out.length - 2, 2, { kind: 'question', heading: { ...q.heading, children: badge.asked, position: badge.at, data: { ...q.heading.data, level: badge.level } as Heading['data'] }, body: q.body });
      continue;
    }
    const task = hidden ? taskAbove(out) : undefined;
    if (task) {
      // A task's own heading over its listing (`#### let 변수선언` over the code): the heading asks, the listing prints with it.
      const q = part as Extract<Part, { kind: 'question' }>;
      const [first, ...rest] = q.body;
      const heading: Heading = { ...q.heading, children: task.heading.children, position: task.heading.position, data: { ...q.heading.data, ...task.heading.data } as Heading['data'] };
      out.splice(out.length - task.listings.length - 1, task.listings.length + 1, { kind: 'question', heading, body: [...task.listings, ...(first ? [markCardStart(first), ...rest] : [])] });
      answeredAbove.add(out[out.length - 1]);
      continue;
    }
    const listed = hidden ? optionsAbove(out) : undefined;
    if (listed) {
      // The question over its options (`**1. Which port …?**` over `a) 80⏎b) 443`): the options print with it, the block is its answer.
      const [first, ...rest] = (part as Extract<Part, { kind: 'question' }>).body;
      const answer = first ? [markCardStart(first), ...rest] : [];
      out.splice(out.length - listed.options.length - 1, listed.options.length + 1, {
        kind: 'question',
        heading: { ...(part as Extract<Part, { kind: 'question' }>).heading, children: listed.asked, position: listed.at },
        body: [...listed.options, ...answer],
      });
    } else if (part.kind === 'question' && above?.kind === 'content' && asked && answerSummary(toString(part.heading))) {
      out[out.length - 1] = { kind: 'question', heading: { ...part.heading, children: asked, position: above.node.position }, body: part.body };
    } else if (hidden && above?.kind === 'question' && answeredAbove.has(above)) {
      // A second block right under the first (`<summary>Explanation</summary>` after `<summary>Answer</summary>`): more of that answer, under its name.
      const named: RootContent = { type: 'paragraph', children: [{ type: 'strong', children: (part as Extract<Part, { kind: 'question' }>).heading.children }] };
      above.body.push(named, ...(part as Extract<Part, { kind: 'question' }>).body);
      continue;
    } else out.push(part);
    if (hidden && out[out.length - 1] !== part) answeredAbove.add(out[out.length - 1]);
  }
  return out;
}

/** A task heading below the title at the end of `out`, over one or two listings: what an "Answer" block below them answers. */
function taskAbove(out: Part[]): { heading: Heading; listings: RootContent[] } | undefined {
  let k = out.length - 1;
  while (k >= out.length - 2 && out[k]?.kind === 'content' && (out[k] as Extract<Part, { kind: 'content' }>).node.type === 'code') k--;
  const above = out[k];
  if (above?.kind !== 'heading' || above.node.depth < 3 || k === out.length - 1) return undefined;
  return { heading: above.node, listings: out.slice(k + 1).map((p) => (p as Extract<Part, { kind: 'content' }>).node) };
}

/**
 * A paragraph of one picture whose description names a level (`![Easy](…)`, `![Medium](…)`) at the end of
 * `out`, under a paragraph that asks: the question an "Answer" block below them answers, at that level.
 */
function badgeAbove(out: Part[]): { asked: PhrasingContent[]; at: Position | undefined; level: Level } | undefined {
  const [question, badge] = out.slice(-2);
  if (out.length < 2 || badge.kind !== 'content' || badge.node.type !== 'paragraph' || question.kind !== 'content') return undefined;
  const kids = badge.node.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  const level = kids.length === 1 && kids[0].type === 'image' ? levelLine(`level: ${kids[0].alt ?? ''}`) : undefined;
  const asked = level ? questionWords(question.node) : undefined;
  if (!level || !asked || !/[?？]\s*$/.test(toString(question.node))) return undefined;
  return { asked, at: question.node.position, level };
}

/** Options a multiple-choice question lists (`a) 80⏎b) 443`, a lettered list) or a listing it shows. */
const isOptions = (node: RootContent): boolean => isOptionList(node) || node.type === 'code' || (node.type === 'paragraph' && OPTION_LINES.test(lineText(node)));

/**
 * The options (and listing) at the end of `out`, one or two blocks, under a paragraph that asks
 * in bold or with a question mark: the question an "Answer" block below them answers.
 */
function optionsAbove(out: Part[]): { asked: PhrasingContent[]; at: Position | undefined; options: RootContent[] } | undefined {
  for (let n = 1; n <= 2 && n < out.length; n++) {
    const options = out.slice(out.length - n);
    if (!options.every((p) => p.kind === 'content' && isOptions(p.node))) continue;
    const question = out[out.length - n - 1];
    // A listing alone under its question (`1. **What will be printed?**` over the code), the question a one-item list too.
    const listing = !options.some((p) => p.kind === 'content' && p.node.type !== 'code');
    const node = question?.kind === 'content' ? question.node : undefined;
    const paragraph = listing && node?.type === 'list' && node.children.length === 1 && node.children[0].children.length === 1 ? node.children[0].children[0] : node;
    if (paragraph?.type !== 'paragraph' || (listing && !/[?？]\s*$/u.test(toString(paragraph)))) {
      if (listing) continue;
      return undefined;
    }
    const asked = questionWords(paragraph);
    const bold = paragraph.children.filter((c) => !(c.type === 'text' && !c.value.trim())).every((c) => c.type === 'strong');
    if (!asked || !(bold || /[?？:：]\s*$/.test(toString(paragraph)))) return undefined;
    return { asked, at: paragraph.position, options: options.map((p) => (p as Extract<Part, { kind: 'content' }>).node) };
  }
  return undefined;
}

/** The words of a paragraph or a one-item list that asks a question, without its number or bold wrapper. */
function questionWords(node: RootContent): PhrasingContent[] | undefined {
  const paragraph = node.type === 'list' && node.children.length === 1 && node.children[0].children.length === 1 ? node.children[0].children[0] : node;
  if (paragraph.type !== 'paragraph') return undefined;
  const words = paragraph.children.length === 1 && paragraph.children[0].type === 'strong' ? paragraph.children[0].children : paragraph.children;
  return withoutNumber(words);
}

/**
 * A paragraph holding a `<details>`/`<summary>` tag (`</b></details>` after an answer is a
 * paragraph to markdown) is read as the HTML it is, as a browser would.
 */
function asHtml(node: RootContent): RootContent {
  if (node.type !== 'paragraph' || !node.children.some((c) => c.type === 'html' && TAG_NAME.test(c.value))) return node;
  const html = toHtml(toHast(node, { allowDangerousHtml: true }) as HastNodes, { allowDangerousHtml: true }).replace(/^<p>|<\/p>$/g, '');
  return { type: 'html', value: html, position: node.position };
}

const TAG_NAME = /<\/?(details|summary)\b/i;

/**
 * `</b></details>` on the line right after a list (or quote) is, to markdown, a lazy continuation
 * of its last paragraph, so the block would never close. The tags at the end of that paragraph are
 * taken out and put after the list as the HTML they are.
 */
function liftClosingTags(node: RootContent): RootContent[] {
  if (node.type === 'table') {
    const tail = takeTrailingRow(node);
    return tail ? [node, tail] : [node];
  }
  if (node.type !== 'list' && node.type !== 'blockquote') return [node];
  const tail = takeTrailingTags(node);
  return tail ? [node, tail] : [node];
}

/** `</b></details>` right under a table is, to GFM, one more row of it: that row is taken out as the HTML it is. */
function takeTrailingRow(table: Table): RootContent | undefined {
  const last = table.children[table.children.length - 1];
  if (table.children.length < 2 || !last) return undefined;
  const cells = last.children.filter((cell) => cell.children.length);
  const tags = cells[0]?.children ?? [];
  if (cells.length !== 1 || !tags.some((c) => c.type === 'html' && TAG_NAME.test(c.value))) return undefined;
  if (tags.some((c) => c.type !== 'html' && !(c.type === 'text' && !c.value.trim()))) return undefined;
  table.children = table.children.slice(0, -1);
  const line = last.position?.start.line ?? table.position?.end.line ?? 1;
  return { type: 'html', value: tags.map((c) => ('value' in c ? c.value : '')).join(''), position: { start: { line, column: 1 }, end: { line, column: 1 } } };
}

/** Removes trailing inline HTML that holds a details/summary tag from the last paragraph under `parent`. */
function takeTrailingTags(parent: { children: RootContent[] }): RootContent | undefined {
  const last = parent.children[parent.children.length - 1] as RootContent | undefined;
  if (!last) return undefined;
  if (last.type === 'list' || last.type === 'listItem' || last.type === 'blockquote') return takeTrailingTags(last as { children: RootContent[] });
  if (last.type !== 'paragraph') return undefined;
  const at = last.children.findIndex((c) => c.type === 'html' && TAG_NAME.test(c.value));
  if (at < 0) return undefined;
  // Start at the line the tags are on: `</b>` before `</details>` goes with it.
  let from = at;
  while (from > 0 && last.children[from - 1].type === 'html') from--;
  const tags = last.children.slice(from);
  if (tags.some((c) => c.type !== 'html' && !(c.type === 'text' && !c.value.trim()))) return undefined;
  last.children = last.children.slice(0, from);
  const before = last.children[last.children.length - 1];
  if (before?.type === 'text') before.value = before.value.replace(/\s+$/, '');
  const line = tags[0].position?.start.line ?? last.position?.end.line ?? 1;
  return { type: 'html', value: tags.map((c) => ('value' in c ? c.value : '')).join(''), position: { start: { line, column: 1 }, end: { line, column: 1 } } };
}

/** Summaries of `<details>` nested in an answer written as one HTML block. */
/**
 * A block opening with a summary that only says "Answer" under something that asks no question
 * (`###### 1. …?`, its listing and options, then `<details><summary>Answer</summary>`): the
 * answer of a question asked elsewhere, not a question of this layout. 1 for such a block, else 0.
 */
function hiddenAnswers(value: string, nodes: RootContent[], i: number): number {
  const m = OPENING_SUMMARY.exec(value);
  if (!m || !answerSummary(m[1].replace(/<[^>]*>/g, ''))) return 0;
  const above = nodes[i - 1];
  return (above && questionWords(above)) || taskHeadingAt(nodes, i) >= 0 ? 0 : 1;
}

/**
 * The index of the task heading an "Answer" block at `i` answers (`#### let 변수선언` over its listing,
 * then `<details><summary>Answer</summary>`): a heading below the title over one or two listings right
 * over the block. -1 when there is none (a heading right over the block is read by the heading layouts).
 */
function taskHeadingAt(nodes: RootContent[], i: number): number {
  let k = i - 1;
  while (k >= i - 2 && nodes[k]?.type === 'code') k--;
  const heading = nodes[k];
  return heading?.type === 'heading' && heading.depth >= 3 && k < i - 1 ? k : -1;
}

/**
 * A block opening with a summary that names an aside (`<summary>Example</summary>` under `## What does DNS resolve?`):
 * a box of the answer above it, not a question. 1 for such a block, else 0.
 */
function asideBlock(value: string): number {
  const m = OPENING_SUMMARY.exec(value);
  return m && ASIDE_SUMMARY.test(m[1].replace(/<[^>]*>/g, '')) ? 1 : 0;
}

const OPENING_SUMMARY = /^\s*<details\b[^>]*>\s*<summary\b[^>]*>([\s\S]*?)<\/summary>/i;

function nestedSummaries(value: string): number {
  let depth = 0;
  let nested = 0;
  for (const m of value.matchAll(TAG)) {
    const name = m[2].toLowerCase();
    if (name === 'details') depth += m[1] ? -1 : 1;
    else if (!m[1] && depth > 1) nested++;
  }
  return nested;
}

const plain = (node: RootContent): string => ('value' in node ? String(node.value) : 'children' in node ? (node.children as RootContent[]).map(plain).join('') : '');

/** A block's summary as a heading: `<summary><code>#1</code> What …</summary>` loses its number (we number questions ourselves). */
function summaryHeading(q: Open, dropped: DroppedHtml[]): Heading {
  const summary = htmlToMdast(withoutToggle(q.summary), q.at, dropped).flatMap((n): PhrasingContent[] => (n.type === 'paragraph' || n.type === 'heading' ? n.children : isPhrasing(n) ? [n] : []));
  return { type: 'heading', depth: 3, children: withoutNumber(trimPhrasing(summary)), position: q.at };
}

function toQuestion(q: Open, dropped: DroppedHtml[]): Part {
  const heading = summaryHeading(q, dropped);
  const body: RootContent[] = [];
  stripWrapper(q.chunks);
  let html = '';
  let at: Position | undefined;
  const flushHtml = () => {
    // A `<details>` typed on one line in the answer stays HTML, to print as a box titled with its summary, not a bold line.
    for (const piece of html.trim() ? foldPieces(html) : [])
      body.push(...(piece.fold ? [{ type: 'html' as const, value: piece.html, position: at }] : htmlToMdast(piece.html, at, dropped)));
    html = '';
    at = undefined;
  };
  for (const chunk of q.chunks) {
    if ('html' in chunk) {
      at ??= chunk.at;
      html += chunk.html;
    } else {
      flushHtml();
      body.push(chunk.node);
    }
  }
  flushHtml();
  return { kind: 'question', heading, body: unwrapAnswer(body) };
}

/**
 * Banks set each answer off with `<br><b> … </b>`: that wrapper is taken off before the answer
 * is read, so a nested block inside it is not forced into a bold run.
 */
function stripWrapper(chunks: Chunk[]): void {
  const first = chunks[0];
  const last = chunks[chunks.length - 1];
  // The line breaks stay, so what follows keeps its line in the deck file.
  if (first && 'html' in first) first.html = first.html.replace(/^\s*(?:<br\s*\/?>\s*)*(?:<(?:b|strong)>)?/i, (wrapper) => wrapper.replace(/[^\n]/g, ''));
  if (last && 'html' in last) last.html = last.html.replace(/<\/(?:b|strong)>\s*$/i, '');
}

/** Drops leading/trailing breaks and whitespace from a question's words. */
function trimPhrasing(children: PhrasingContent[]): PhrasingContent[] {
  const out = children.filter((c, i) => !(c.type === 'break' && (i === 0 || i === children.length - 1)));
  const first = out[0];
  const last = out[out.length - 1];
  if (first?.type === 'text') first.value = first.value.trimStart();
  if (last?.type === 'text') last.value = last.value.trimEnd();
  return out;
}

const blank = (c: PhrasingContent): boolean => c.type === 'break' || (c.type === 'text' && !c.value.trim()) || ((c.type === 'strong' || c.type === 'emphasis') && c.children.every(blank));

/** The paragraph's one bold run, breaks and spaces aside, or undefined. */
function boldOnly(node: RootContent): Extract<PhrasingContent, { type: 'strong' }> | undefined {
  if (node.type !== 'paragraph') return undefined;
  const kept = node.children.filter((c) => !blank(c));
  return kept.length === 1 && kept[0].type === 'strong' ? kept[0] : undefined;
}

/**
 * Banks wrap each answer in `<br><b> … </b>` to set it off on GitHub: a paragraph of breaks is
 * dropped, and when every paragraph is only a bold run, each is plain answer. A bold line among
 * plain paragraphs (`**Three-way handshake**` over its text) is the answer's own label and stays bold.
 */
function unwrapAnswer(body: RootContent[]): RootContent[] {
  const paragraphs = body.filter((n) => n.type === 'paragraph' && n.children.some((c) => !blank(c)));
  const wrapped = paragraphs.every((n) => boldOnly(n));
  return body.flatMap((node): RootContent[] => {
    if (node.type !== 'paragraph') return [node];
    if (node.children.every(blank)) return [];
    const bold = wrapped ? boldOnly(node) : undefined;
    return [{ ...node, children: trimPhrasing(bold ? bold.children : node.children) }];
  });
}
