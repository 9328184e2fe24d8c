import type { Code, List, Paragraph, PhrasingContent, RootContent, Strong, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { cutPoint, plainText, sentenceEnd } from './text.js';
import { ANSWER_ALONE } from './layouts/labels.js';
import { cardStartIndex } from './layouts/card-start.js';

/** A card answer made from a full answer: nodes to render (code stays code) and its plain text. */
export interface DerivedCard {
  nodes: RootContent[];
  text: string;
}

/** About how long a derived card may be: a sentence, or a lead-in with what it introduces. */
export const SENTENCE_CHARS = 200;
export const CARD_CHARS = 280;
/** A code block on a card keeps at most this many lines (a card is not a listing). */
export const CODE_LINES = 6;
/** A first sentence shorter than this ("Yes.", "Two ways.") brings the next one along. */
const TERSE_CHARS = 24;

// A sentence that announces what follows: "Given:", "…listed below,", "The steps are as follows".
const LEAD_IN = /(?:[:,;–—：，；-]|\b(?:following|below|as follows|these|this)|如下|以下)\s*$/iu;
// A lead-in that sets a problem up rather than answering it.
const SETUP = /^(?:given|assume|assuming|suppose|input|the input|with this (?:table|schema|data|code))\b/i;
// …and one that reads as a lead-in only before a list, table or code ("The main types are").
const LIST_LEAD_IN = /\b(?:are|is|include|includes|including|such as|like|e\.g\.|i\.e\.|namely|by|with|using|of|to)\s*$/i;

/**
 * The card answer of a question whose deck gave none, made from its full answer so a person can
 * study from it: the first sentence, with the list, table or code a lead-in announces; a leading
 * list as its items joined with "; "; a leading code block kept as a small code block.
 */
export function deriveCard(content: RootContent[], question = ''): DerivedCard {
  const kept = content.filter((n) => n.type !== 'html' && n.type !== 'thematicBreak' && n.type !== 'definition' && n.type !== 'footnoteDefinition');
  // An answer whose label stands below what came first (the question's listing, a hint): the card starts at the label.
  const all = kept.slice(cardStartIndex(kept));
  const blocks = continuesQuestion(question, all) ? all.slice(1) : all;
  const first = blocks.findIndex((n) => n.type !== 'heading');
  const opened = first >= 0 ? toggleContent(blocks[first]) : undefined;
  const nodes = cardNodes(opened ? [...blocks.slice(0, first), ...opened, ...blocks.slice(first + 1)] : blocks, CARD_CHARS);
  return { nodes, text: cardTextOf(nodes) };
}

/**
 * True when the answer opens with the end of its question: a question ending in a colon ("What
 * does this print, for example:") and then one line of code, the command it asks about. That line
 * is the question's, not the card's; the answer follows it.
 */
function continuesQuestion(question: string, blocks: RootContent[]): boolean {
  if (!/[:：]\s*$/u.test(question) || blocks.length < 2) return false;
  const [first] = blocks;
  if (first.type === 'code') return !first.value.trim().includes('\n');
  return first.type === 'paragraph' && continuationLine(first);
}

/**
 * One line finishing a question that ended in a colon: a code span alone (`` `typeof null` ``), or
 * a short line of code spans that asks (`` `git reset` or `git revert`? ``).
 */
export function continuationLine(p: Paragraph): boolean {
  if (p.children.length === 1 && p.children[0].type === 'inlineCode') return true;
  const text = toString(p).trim();
  return p.children.some((c) => c.type === 'inlineCode') && !p.children.some((c) => c.type === 'break') && !text.includes('\n') && text.length <= 120 && /[?？]$/.test(text);
}

/**
 * What a toggle holds, when the answer opens with one: a list whose first item starts with an
 * answer label alone on its line (`- Ответ` with the answer indented under it, as note apps
 * export hidden answers). The label goes; the rest of the item is the answer.
 */
function toggleContent(block: RootContent): RootContent[] | undefined {
  if (block.type !== 'list') return undefined;
  const [head, ...rest] = block.children[0]?.children ?? [];
  if (head?.type !== 'paragraph') return undefined;
  const [labelLine, ...lines] = toString(head).split('\n');
  if (!ANSWER_ALONE.test(labelLine.replace(/[*_]/g, ''))) return undefined;
  const after = lines.length ? dropFirstLine(head) : undefined;
  const content = [...(after ? [after] : []), ...rest];
  return content.length ? content : undefined;
}

/** A paragraph without its first line (up to its first line break). */
function dropFirstLine(p: Paragraph): Paragraph | undefined {
  const children = [...p.children];
  while (children.length) {
    const node = children.shift()!;
    if (node.type === 'break') break;
    if (node.type === 'text' && node.value.includes('\n')) {
      const value = node.value.slice(node.value.indexOf('\n') + 1).trimStart();
      if (value) children.unshift({ ...node, value });
      break;
    }
  }
  return children.length ? { ...p, children } : undefined;
}

/** Plain text of card nodes: code keeps its lines, the rest one line per block. */
export function cardTextOf(nodes: RootContent[]): string {
  return nodes.map((n) => (n.type === 'code' ? n.value : plainText(n))).filter(Boolean).join('\n');
}

function cardNodes(blocks: RootContent[], budget: number): RootContent[] {
  const i = blocks.findIndex((n) => n.type !== 'heading' && plainText(n) && !isPicture(n));
  if (i < 0) return [];
  const node = blocks[i];
  const next = blocks[i + 1];
  // "#### Key components" then a list: the heading is the list's lead-in.
  const heading = i > 0 && blocks[i - 1].type === 'heading' ? blocks[i - 1] : undefined;
  switch (node.type) {
    case 'paragraph': {
      // "**Example:** …" before the answer is an aside: the answer after it makes the card.
      if (isAside(node) && blocks.slice(i + 1).some((n) => n.type !== 'heading' && plainText(n) && !isPicture(n) && !isAside(n))) {
        return cardNodes(
          blocks.slice(i + 1).filter((n) => !isAside(n)),
          budget,
        );
      }
      // "**Pros:** … / **Cons:** …": parallel labelled paragraphs read as one list (an aside ends it).
      const labelled = blocks.slice(i).findIndex((n, k) => !isLabelled(n) || (k > 0 && isAside(n)));
      const run = (labelled < 0 ? blocks.slice(i) : blocks.slice(i, i + labelled)) as Paragraph[];
      if (run.length >= 2) return [paragraph(joinPhrasing(run.map((p) => cutInline(p.children, sentenceEnd(maskedText(p.children)), budget)), budget))];
      return fromParagraph(node, blocks.slice(i + 1), budget);
    }
    case 'list':
    case 'table': {
      // "- **Short answer:**" over its own items, then "- **Longer answer:**": the first version is the card.
      const labelled = node.type === 'list' ? labelledVersion(node) : undefined;
      if (labelled) return cardNodes(labelled, budget);
      const lead: PhrasingContent[] = heading && 'children' in heading ? [...(heading.children as PhrasingContent[]), { type: 'text', value: ': ' }] : [];
      return [paragraph([...lead, ...(node.type === 'list' ? listInline(node, budget - plainText(heading).length) : tableInline(node, budget - plainText(heading).length))])];
    }
    case 'code': {
      const code = smallCode(node);
      const after = next?.type === 'paragraph' ? fromParagraph(next, [], Math.max(0, budget - code.value.length)) : [];
      return [code, ...after.filter((n) => n.type === 'paragraph' && plainText(n).length <= SENTENCE_CHARS)];
    }
    case 'blockquote':
      return cardNodes(node.children, budget);
    default:
      return [node];
  }
}

/** The content under the first item, when every item is a bold label over content of its own (`- **Short answer:**⏎  - …`). */
function labelledVersion(list: List): RootContent[] | undefined {
  const versions = list.children.every((item) => {
    const [lead, ...rest] = item.children;
    return lead?.type === 'paragraph' && lead.children.length === 1 && lead.children[0].type === 'strong' && /[:：]\s*$/.test(plainText(lead)) && rest.length > 0;
  });
  return versions ? list.children[0].children.slice(1) : undefined;
}

function fromParagraph(p: Paragraph, rest: RootContent[], budget: number): RootContent[] {
  const flat = maskedText(p.children);
  let end = sentenceEnd(flat);
  // A terse opener ("Yes.", "Two ways.") takes the next sentence with it.
  if (width(flat.slice(0, end)) < TERSE_CHARS && end < flat.length) end += sentenceEnd(flat.slice(end).trimStart()) + (flat.slice(end).length - flat.slice(end).trimStart().length);
  // "… done.**Note:** …": a bold label starts a new thought, even with no space before it.
  end = Math.min(end, labelStart(p.children) ?? end);
  const sentence = flat.slice(0, end);
  const next = rest[0];
  const announces = next?.type === 'list' || next?.type === 'table' || next?.type === 'code';
  const leadIn = end >= flat.length && next && (LEAD_IN.test(sentence) || (announces && LIST_LEAD_IN.test(sentence)));
  if (!leadIn) return [paragraph(cutInline(p.children, end, Math.min(budget, SENTENCE_CHARS)))];
  // "Given:" and its table or code set the problem up; the answer is what comes after.
  const after = rest.slice(1);
  if (SETUP.test(sentence) && next.type !== 'paragraph' && after.some((n) => plainText(n) && !isPicture(n))) return cardNodes(after, budget);
  // The lead-in alone says nothing: bring what it announces.
  let lead = cutInline(p.children, end, Math.min(budget, SENTENCE_CHARS) - 40);
  // "…listed below," before a list reads as "…listed below:".
  if (next.type === 'list' || next.type === 'table') lead = [...trimTrailing(lead, /[\s,;–—，；-]+$/), ...(/[:：]$/.test(inlineText(lead).trim()) ? [] : [{ type: 'text', value: ':' } as PhrasingContent])];
  const room = budget - inlineText(lead).length - 1;
  // Full-width punctuation carries its own space: "常见的有：轮询；…", not "：␣轮询".
  const gap: PhrasingContent[] = /[：；，。、]$/.test(inlineText(lead).trim()) ? [] : [{ type: 'text', value: ' ' }];
  if (next.type === 'list') return [paragraph([...lead, ...gap, ...listInline(next, room)])];
  if (next.type === 'table') return [paragraph([...lead, ...gap, ...tableInline(next, room)])];
  if (next.type === 'code') return [paragraph(lead), smallCode(next)];
  const more = cardNodes(rest, room);
  const first = more[0];
  if (first?.type === 'paragraph') return [paragraph([...lead, { type: 'text', value: ' ' }, ...first.children]), ...more.slice(1)];
  return [paragraph(lead), ...more];
}

/** A list's items (first sentence of each) joined with "; ", as many whole items as fit. */
function listInline(list: List, budget: number): PhrasingContent[] {
  const items = list.children.map((item, k) => {
    const first = item.children.find((c) => c.type === 'paragraph') as Paragraph | undefined;
    const number = list.ordered ? `(${(list.start ?? 1) + k}) ` : '';
    if (!first) return { number, nodes: [{ type: 'text', value: plainText(item) }] as PhrasingContent[] };
    return { number, nodes: cutInline(first.children, sentenceEnd(maskedText(first.children)), Infinity) };
  });
  return joinPhrasing(items.map((it) => [...(it.number ? [{ type: 'text', value: it.number } as PhrasingContent] : []), ...it.nodes]), budget);
}

/**
 * A table's rows joined with "; ", each as "first cell: the others". The header row is left out
 * when rows follow; with three or more columns it names the cells ("Pod names: Deployment random
 * suffix, StatefulSet stable ordinal"), or the values would lose what they are.
 */
function tableInline(table: Table, budget: number): PhrasingContent[] {
  const [head, ...body] = table.children;
  if (!body.length) return joinPhrasing([joinCells(head.children.map((c) => c.children))], budget);
  const names = head.children.map((c) => c.children);
  const wide = head.children.length > 2;
  return joinPhrasing(
    body.map((row) => {
      const [first, ...others] = row.children;
      const rest = others
        .map((cell, k) => ({ cell, name: names[k + 1] }))
        .filter(({ cell }) => plainText(cell))
        .map(({ cell, name }) => (wide && name && plainText({ type: 'paragraph', children: name }) ? [...name, text(/[?:]$/.test(plainText({ type: 'paragraph', children: name })) ? ' ' : ': '), ...cell.children] : cell.children));
      const lead = first && plainText(first) ? [...first.children, ...(rest.length ? [text(wide ? ' — ' : ': ')] : [])] : [];
      return [...lead, ...joinCells(rest)];
    }),
    budget,
  );
}

function joinCells(cells: PhrasingContent[][]): PhrasingContent[] {
  return cells.flatMap((cell, k) => [...(k ? [text(', ')] : []), ...(k < cells.length - 1 ? trimTrailing(cell, /[\s.;,]+$/) : cell)]);
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });

/**
 * Parts joined with "; " (their trailing full stops dropped), whole parts while they fit, then
 * "…"; Chinese or Japanese parts with "；" and a closing "。".
 */
function joinPhrasing(parts: PhrasingContent[][], budget: number): PhrasingContent[] {
  const wide = parts.some((part) => WIDE.test(inlineText(part)));
  const [separator, stop] = wide ? ['；', '。'] : ['; ', '.'];
  const out: PhrasingContent[] = [];
  let used = 0;
  for (const [k, part] of parts.entries()) {
    const trimmed = trimTrailing(part, /[\s.;,:。；，：]+$/);
    const len = inlineText(trimmed).length;
    if (!len) continue;
    if (out.length && used + len + 2 > budget) {
      out.push(text(`${separator}…`));
      return out;
    }
    if (out.length) out.push(text(separator));
    if (!out.length && len > budget) return cutInline(trimmed, len, budget);
    out.push(...trimmed);
    used += len + 2;
    // "…in the way?" needs no full stop after it, nor a quoted sentence that ends in one (`"…hire better."`).
    if (k === parts.length - 1 && !/[?!？！]$|[.?!。？！…]["'”’»)）」]+$/.test(inlineText(trimmed))) out.push(text(stop));
  }
  return out;
}

/** A code block cut to a few lines, marked when cut. */
function smallCode(code: Code): Code {
  const lines = code.value.replace(/\s+$/, '').split('\n');
  const value = lines.length > CODE_LINES ? [...lines.slice(0, CODE_LINES - 1), '…'].join('\n') : lines.join('\n');
  return { type: 'code', lang: code.lang, meta: code.meta, value };
}

const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** How long a text reads: a Chinese or Japanese character says about as much as two letters. */
const width = (s: string): number => s.length + (s.match(new RegExp(WIDE.source, 'gu'))?.length ?? 0);

// Labels of an aside, not of the answer: "**Example:**", "**Note:**", "**Tip:**", "**See also:**".
const ASIDE = /^(?:examples?|e\.g\.|for example|note|nb|n\.b\.|tip|hint|warning|caution|see also|references?|sources?|bonus|fun fact|follow[- ]up|further reading|示例|例如|例子|注意|提示|注|例)\s*[:：]?$/i;

/** A paragraph that starts with an aside's label: "**Example:** …", "**Note**: …". */
function isAside(n: RootContent): boolean {
  return isLabelled(n) && ASIDE.test(inlineText(((n as Paragraph).children[0] as Strong).children).trim());
}

/**
 * Where a bold label ("**Note:**") starts inside a paragraph, after a finished sentence or a line
 * break, as an offset into its masked text; undefined when there is none.
 */
function labelStart(children: PhrasingContent[]): number | undefined {
  for (let k = 1; k < children.length; k++) {
    const child = children[k];
    if (child.type !== 'strong') continue;
    const label = inlineText(child.children).trim();
    const after = children[k + 1]?.type === 'text' ? (children[k + 1] as { value: string }).value : '';
    if (label.length > 40 || !(/[:：]$/.test(label) || /^\s*[:：]/.test(after))) continue;
    const before = inlineText(children.slice(0, k));
    if (!/(?:[.!?。！？]["'”’)]*|\n)\s*$/.test(before) && children[k - 1].type !== 'break') continue;
    const at = maskedText(children.slice(0, k)).length;
    if (at > 0) return at;
  }
  return undefined;
}

/** A paragraph that starts with a bold label: "**Vertical:** …" or "**Vertical**: …". */
function isLabelled(n: RootContent): boolean {
  if (n.type !== 'paragraph' || n.children[0]?.type !== 'strong') return false;
  const label = inlineText(n.children[0].children).trim();
  const after = n.children[1]?.type === 'text' ? n.children[1].value : '';
  return label.length <= 40 && (label.endsWith(':') || /^\s*[:—–-]/.test(after));
}

/** A paragraph of images only: its alt text is no answer. */
const isPicture = (n: RootContent): boolean =>
  n.type === 'paragraph' && n.children.every((c) => c.type === 'image' || c.type === 'imageReference' || c.type === 'break' || (c.type === 'text' && !c.value.trim()));

const paragraph = (children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });

/** Plain text of inline nodes as a reader sees it (line breaks as spaces, no raw HTML). */
function inlineText(nodes: PhrasingContent[], mask = false): string {
  return nodes.map((n) => inlineOne(n, mask)).join('');
}

function inlineOne(n: PhrasingContent, mask = false): string {
  if (n.type === 'inlineCode' || n.type === 'inlineMath') return mask ? n.value.replace(/\s+/g, ' ').replace(/./g, 'X') : n.value;
  if (n.type === 'text') return n.value;
  if (n.type === 'break') return ' ';
  if (n.type === 'html' || n.type === 'footnoteReference') return '';
  if (n.type === 'image' || n.type === 'imageReference') return n.alt ?? '';
  return 'children' in n ? inlineText(n.children as PhrasingContent[], mask) : '';
}

/**
 * The collapsed text of inline nodes with code spans masked as "XXX": sentence ends are looked
 * for in it, so a full stop inside code (`a.b`, `SELECT ...`) or a code span starting a sentence
 * in lower case (`npm ci` installs …) reads right. Offsets match the unmasked collapsed text.
 */
function maskedText(nodes: PhrasingContent[]): string {
  return inlineText(nodes, true).replace(/\s+/g, ' ').trim();
}

/**
 * Inline nodes holding the first `end` characters of their collapsed text, cut further at a word
 * boundary (with an ellipsis) when that is over `max`. Code spans and maths are never cut inside:
 * one that does not fit is left out whole.
 */
function cutInline(nodes: PhrasingContent[], end: number, max: number): PhrasingContent[] {
  const flat = inlineText(nodes).replace(/\s+/g, ' ').trim();
  const wanted = Math.min(end, flat.length);
  const cut = wanted > max ? cutPoint(flat.slice(0, wanted), max - 1) : wanted;
  const kept = takeChars(collapse(nodes), { left: cut });
  const out = trimTrailing(kept, /\s+$/);
  if (cut < wanted && !/[.!?。！？]$/.test(inlineText(out))) out.push({ type: 'text', value: '…' });
  return out;
}

/** The nodes with runs of whitespace collapsed and leading whitespace dropped, as `flat` was. */
function collapse(nodes: PhrasingContent[]): PhrasingContent[] {
  let lastSpace = true;
  const walk = (list: PhrasingContent[]): PhrasingContent[] =>
    list.flatMap((n): PhrasingContent[] => {
      if (n.type === 'text' || n.type === 'break') {
        const raw = n.type === 'break' ? ' ' : n.value.replace(/\s+/g, ' ');
        const value = lastSpace ? raw.replace(/^ /, '') : raw;
        if (value) lastSpace = value.endsWith(' ');
        return value ? [{ type: 'text', value }] : [];
      }
      if (n.type === 'inlineCode' || n.type === 'inlineMath') {
        const value = n.value.replace(/\s+/g, ' ');
        if (value) lastSpace = value.endsWith(' ');
        return [{ ...n, value }];
      }
      if ('children' in n) return [{ ...n, children: walk(n.children as PhrasingContent[]) } as PhrasingContent];
      return inlineOne(n) || n.type === 'image' ? [n] : [];
    });
  return walk(nodes);
}

function takeChars(nodes: PhrasingContent[], budget: { left: number }): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const n of nodes) {
    if (budget.left <= 0) break;
    if (n.type === 'text') {
      out.push({ type: 'text', value: n.value.slice(0, budget.left) });
      budget.left -= n.value.length;
    } else if ('children' in n) {
      const children = takeChars(n.children as PhrasingContent[], budget);
      if (children.length) out.push({ ...n, children } as PhrasingContent);
    } else {
      const len = inlineOne(n).length;
      if (len > budget.left) {
        budget.left = 0;
        break;
      }
      out.push(n);
      budget.left -= len;
    }
  }
  return out;
}

/** The nodes with a pattern removed from the end of their text (recursing into the last node). */
function trimTrailing(nodes: PhrasingContent[], pattern: RegExp): PhrasingContent[] {
  const out = [...nodes];
  while (out.length) {
    const last = out[out.length - 1];
    if (last.type === 'text') {
      const value = last.value.replace(pattern, '');
      if (value) {
        out[out.length - 1] = { ...last, value };
        break;
      }
      out.pop();
    } else if ('children' in last && last.type !== 'link') {
      const children = trimTrailing(last.children as PhrasingContent[], pattern);
      if (children.length) {
        out[out.length - 1] = { ...last, children } as PhrasingContent;
        break;
      }
      out.pop();
    } else break;
  }
  return out;
}
