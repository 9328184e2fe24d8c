import type { Code, List, Paragraph, PhrasingContent, RootContent, Table } from 'mdast';
import { plainText, sentenceEnd } from './text.js';
import { namedChoice, namesChoice } from './named-choice.js';
import { cardStartIndex } from './layouts/card-start.js';
import { labelledLines } from './labelled-lines.js';
import { examplePartIndex } from './example-part.js';
import { continuesQuestion, toggleContent } from './answer-opening.js';
import { ANSWER_ALONE } from './layouts/labels.js';
import { namesFollowUp } from './layouts/follow-ups.js';
import { cutInline, inlineText, maskedText, trimTrailing } from './card-inline.js';
import { joinPhrasing, listInline, tableInline, WIDE } from './card-join.js';
import { isAside, isLabelled, isLabelOnly, isPicture, labelStart, shortVersion, withoutAnswerName, withoutPlainName } from './card-asides.js';

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
/** The longest first sentence of the card being derived: SENTENCE_CHARS scaled to its room (set by deriveCard, which is synchronous). */
let sentenceCap = SENTENCE_CHARS;
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
export function deriveCard(content: RootContent[], question = '', asked: RootContent[] = [], chars = CARD_CHARS): DerivedCard {
  const kept = content.filter((n) => n.type !== 'html' && n.type !== 'thematicBreak' && n.type !== 'definition' && n.type !== 'footnoteDefinition');
  // An answer whose label stands below what came first (the question's listing, a hint): the card starts at the label.
  const started = kept.slice(cardStartIndex(kept));
  // An answer in labelled parts (how to answer, then an example answer): the card is the example's.
  const example = examplePartIndex(started);
  const all = example > 0 ? started.slice(example) : started;
  const answer = continuesQuestion(question, all) ? all.slice(1) : all;
  // "**Answer**:" alone on its line over the answer's blocks only says the answer starts: the card
  // printed "Answer: SLI (Service Level Indicator): …".
  const label = answer.findIndex((n) => n.type !== 'heading');
  const blocks = label >= 0 && isAnswerLabel(answer[label]) && answer.length > label + 1 ? [...answer.slice(0, label), ...answer.slice(label + 1)] : answer;
  const first = blocks.findIndex((n) => n.type !== 'heading');
  const opened = first >= 0 ? toggleContent(blocks[first]) : undefined;
  // A card with more room (a 4×6 card, chars > CARD_CHARS) takes a longer first sentence too, in proportion.
  sentenceCap = Math.round((SENTENCE_CHARS * chars) / CARD_CHARS);
  try {
    const nodes = unquoted(namedChoice(cardNodes(opened ? [...blocks.slice(0, first), ...opened, ...blocks.slice(first + 1)] : blocks, chars, question), asked));
    return { nodes, text: cardTextOf(nodes) };
  } finally {
    sentenceCap = SENTENCE_CHARS;
  }
}

/** A paragraph that is an answer label and nothing else (`**Answer**:`, `Answer`, `Ответ:`). */
export const isAnswerLabel = (n: RootContent | undefined): boolean => n?.type === 'paragraph' && ANSWER_ALONE.test(plainText(n));

/**
 * A card cut from an answer written as one quoted speech ("Well, immutability means …" over
 * several paragraphs, or 「…」 in Japanese) opens a quotation it never closes: the opening mark goes when the card’s
 * marks do not pair up. A card that is the whole speech, one quotation of four words or more from
 * its first mark to its last, is said in its own voice as the others are: both marks go.
 */
function unquoted(nodes: RootContent[]): RootContent[] {
  const [first, ...rest] = nodes;
  if (first?.type !== 'paragraph' || first.children[0]?.type !== 'text') return nodes;
  const text = cardTextOf(nodes);
  const [lead, ...more] = first.children;
  // Western marks pair up in count; a Japanese opening bracket 「 pairs with its own 」.
  const open = /^\s*["“]/.test(lead.value) ? (text.match(/["“”]/g) ?? []).length % 2 === 1 : /^\s*「/.test(lead.value) && (text.match(/「/g) ?? []).length > (text.match(/」/g) ?? []).length;
  if (open) return [{ ...first, children: [{ ...lead, value: lead.value.replace(/^\s*["“「]/, '') }, ...more] }, ...rest];
  // A quoted value (`"string"`, a word or two) is the answer as written, marks and all: only speech loses them.
  if ((text.trim().match(/\s+/g) ?? []).length < 3) return nodes;
  // The speech's marks are on its first and last runs of text (one run, or words in emphasis between).
  const last = first.children.length - 1;
  if (rest.length || first.children[last].type !== 'text' || !/^\s*["“][^"“”]*["”]\s*$/.test(text)) return nodes;
  const children = first.children.map((c, i) => {
    if (c.type !== 'text') return c;
    let value = c.value;
    if (i === 0) value = value.replace(/^\s*["“]/, '');
    if (i === last) value = value.replace(/["”]\s*$/, '');
    return { ...c, value };
  });
  return [{ ...first, children }];
}

/** Plain text of card nodes: code keeps its lines, the rest one line per block. */
export function cardTextOf(nodes: RootContent[]): string {
  return nodes.map((n) => (n.type === 'code' ? n.value : plainText(n))).filter(Boolean).join('\n');
}

/** The card's nodes from the answer's blocks; `question` tells a table comparing two things from a table of keys. */
function cardNodes(blocks: RootContent[], budget: number, question = ''): RootContent[] {
  const i = blocks.findIndex((n) => n.type !== 'heading' && plainText(n) && !isPicture(n));
  if (i < 0) return [];
  const node = blocks[i];
  const next = blocks[i + 1];
  // "#### Key components" then a list: the heading is the list's lead-in.
  const heading = i > 0 && blocks[i - 1].type === 'heading' ? blocks[i - 1] : undefined;
  switch (node.type) {
    case 'paragraph': {
      // "**Situation:** …⏎**Task:** …": a paragraph of labelled lines reads as labelled paragraphs.
      const lines = labelledLines(node);
      if (lines) return cardNodes([...blocks.slice(0, i), ...lines, ...blocks.slice(i + 1)], budget, question);
      // "**Name lookup**⏎It turns a name…": a bold title on the paragraph's first line names the part; the card is the lines under it.
      const titled = underTitle(node);
      if (titled) return cardNodes([...blocks.slice(0, i), titled, ...blocks.slice(i + 1)], budget, question);
      // "**Follow-ups:**" over the questions to ask next (an interviewer's guide): they ask, they do not answer.
      if (isLabelOnly(node) && namesFollowUp(plainText(node)) && blocks[i + 1]?.type === 'list' && blocks.slice(i + 2).some((n) => n.type !== 'heading' && plainText(n))) {
        return cardNodes([...blocks.slice(0, i), ...blocks.slice(i + 2)], budget, question);
      }
      // "**Example:** …" before the answer is an aside: the answer after it makes the card.
      if (isAside(node) && blocks.slice(i + 1).some((n) => n.type !== 'heading' && plainText(n) && !isPicture(n) && !isAside(n))) {
        return cardNodes(
          blocks.slice(i + 1).filter((n) => !isAside(n)),
          budget,
          question,
        );
      }
      // "**Pros:** … / **Cons:** …": parallel labelled paragraphs read as one list (an aside ends it).
      const labelled = blocks.slice(i).findIndex((n, k) => !isLabelled(n) || (k > 0 && (isAside(n) || isLabelOnly(n))));
      const run = (labelled < 0 ? blocks.slice(i) : blocks.slice(i, i + labelled)) as Paragraph[];
      // "**Short answer:** … / **Detailed answer:** …": the short version is the card, as written.
      const short = run.map(shortVersion).find(Boolean);
      if (short) return [paragraph(cutInline(short, maskedText(short).length, budget))];
      if (run.length >= 2) return [paragraph(joinPhrasing(run.map((p) => cutInline(p.children, sentenceEnd(maskedText(p.children)), budget)), budget))];
      // "Answer: D" names an option and says no more: the explanation's first sentence comes along.
      const explained = blocks[i + 1];
      if (namesChoice(plainText(node).trim()) && explained?.type === 'paragraph' && !isLabelled(explained)) {
        return [node, ...fromParagraph(explained, [], budget - plainText(node).length)];
      }
      // A title set in bold over the answer's headed parts ("**Ways to detect changes**" over
      // "#### Option 1: Turborepo", "#### Option 2: Nx"): the parts' titles say what the answer holds.
      const parts = partTitles(node, blocks.slice(i + 1));
      if (parts) return [paragraph(joinPhrasing(parts, budget))];
      // A short title in bold over the answer ("**核心定义**", "**Key idea**" over a paragraph): it names the part, the card is what follows.
      if (boldTitle(node) && blocks.slice(i + 1).some((n) => n.type !== 'heading' && plainText(n) && !isPicture(n))) return cardNodes(blocks.slice(i + 1), budget, question);
      // A summary set in bold over the answer ("**An embedding is … vectors.**"): the author's own
      // short answer, whole when it fits a card, in the card's type (a card all in bold shouts).
      const summary = boldSummary(node);
      if (summary) return inlineText(summary).length <= budget ? [paragraph(summary)] : fromParagraph(paragraph(summary), [], budget);
      // "**Strategy:** Put a load balancer…": the label only says the answer starts.
      return fromParagraph(withoutAnswerName(node) ?? withoutPlainName(node) ?? node, blocks.slice(i + 1), budget, question);
    }
    case 'list':
    case 'table': {
      // "- **Short answer:**" over its own items, then "- **Longer answer:**": the first version is the card.
      const labelled = node.type === 'list' ? labelledVersion(node) : undefined;
      if (labelled) return cardNodes(labelled, budget, question);
      // "- **A (Short):** …" beside "- **A (Detailed):** …": the short version's words.
      const short = node.type === 'list' ? node.children.map((item) => item.children[0] && shortVersion(item.children[0])).find(Boolean) : undefined;
      if (short) return [paragraph(cutInline(short, maskedText(short).length, budget))];
      const lead: PhrasingContent[] = heading && 'children' in heading ? [...(heading.children as PhrasingContent[]), { type: 'text', value: ': ' }] : [];
      const items = node.type === 'list' ? answerItems(node) : undefined;
      return [paragraph([...lead, ...(items ? listInline(items, budget - plainText(heading).length) : tableInline(node as Table, budget - plainText(heading).length, question))])];
    }
    case 'code': {
      const code = smallCode(node);
      const after = next?.type === 'paragraph' ? fromParagraph(next, [], Math.max(0, budget - code.value.length)) : [];
      // A sentence after the code comes along; a lead-in ("**Follow-up questions:**") would announce what the card leaves out.
      return [code, ...after.filter((n) => n.type === 'paragraph' && plainText(n).length <= sentenceCap && !LEAD_IN.test(plainText(n).trim()))];
    }
    case 'blockquote':
      return cardNodes(node.children, budget, question);
    default:
      return [node];
  }
}

/** A list item that opens with a short label of its own (`why: …`, `How: …`). */
const FIELD = /^\s*\p{L}[\p{L} ]{0,14}[:：]\s/u;

/**
 * The items that answer, when an answer's list goes on into labelled fields of another kind
 * (`- image = blueprint…⏎- why: shows…⏎- how: build once…`, its `answer:` label taken off):
 * the items before the first field. The whole list when its first item is a field too (`- TCP: …`).
 */
function answerItems(list: List): List {
  const isField = (item: List['children'][number]) => item.children[0]?.type === 'paragraph' && FIELD.test(plainText(item.children[0]));
  const cut = list.children.findIndex((item, k) => k > 0 && isField(item));
  return cut > 0 && !isField(list.children[0]) ? { ...list, children: list.children.slice(0, cut) } : list;
}

/** The words of a paragraph that is one bold run of whole sentences (not a label such as `**Answer:**`). */
function boldSummary(p: Paragraph): PhrasingContent[] | undefined {
  const kids = p.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  if (kids.length !== 1 || kids[0].type !== 'strong') return undefined;
  const text = inlineText(kids[0].children).trim();
  return text.length >= 40 && /[.!?。！？]$/.test(text) ? kids[0].children : undefined;
}

/** A paragraph that is only a short title in bold (`**核心定义**`, `**Key idea**`): no sentence, no label colon, no yes or no. */
function boldTitle(p: Paragraph): boolean {
  const kids = p.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  return kids.length === 1 && kids[0].type === 'strong' && isTitle(inlineText(kids[0].children).trim());
}

const isTitle = (title: string): boolean =>
  !!title && width(title) <= 24 && !/[.!?:;。！？：；]$/.test(title) && !/^(?:yes|no|true|false|correct|wrong|是|否|对|错|不是)$/i.test(title);

/** The lines under a short bold title that has the paragraph's first line to itself (`**Name lookup**⏎It turns…`), or undefined. */
function underTitle(p: Paragraph): Paragraph | undefined {
  const [lead, ...rest] = p.children;
  if (lead?.type !== 'strong' || !isTitle(inlineText(lead.children).trim())) return undefined;
  // The line ends right after the title: a soft line break in the text, or a hard break.
  const [next, ...more] = rest;
  const words = next?.type === 'break' ? more : next?.type === 'text' && /^[ \t]*\n/.test(next.value) ? [{ ...next, value: next.value.replace(/^\s+/, '') }, ...more] : undefined;
  return words && inlineText(words).trim() ? { ...p, children: words } : undefined;
}

/** The titles of the headed parts under a short title in bold (two parts at least), or undefined. */
function partTitles(p: Paragraph, after: RootContent[]): PhrasingContent[][] | undefined {
  const kids = p.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  const title = kids.length === 1 && kids[0].type === 'strong' ? inlineText(kids[0].children).trim() : '';
  if (!title || title.length > 40 || /[.!?:;。！？：；]$/.test(title) || after[0]?.type !== 'heading') return undefined;
  const depth = after[0].depth;
  const titles = after.flatMap((n) => (n.type === 'heading' && n.depth === depth ? [n.children] : []));
  return titles.length >= 2 ? titles : undefined;
}

/** The content under the first item, when every item is a bold label over content of its own (`- **Short answer:**⏎  - …`). */
function labelledVersion(list: List): RootContent[] | undefined {
  const versions = list.children.every((item) => {
    const [lead, ...rest] = item.children;
    return lead?.type === 'paragraph' && lead.children.length === 1 && lead.children[0].type === 'strong' && /[:：]\s*$/.test(plainText(lead)) && rest.length > 0;
  });
  return versions ? list.children[0].children.slice(1) : undefined;
}

function fromParagraph(p: Paragraph, rest: RootContent[], budget: number, question = ''): RootContent[] {
  const flat = maskedText(p.children);
  let end = sentenceEnd(flat);
  // A terse opener ("Yes.", "Two ways.") takes the next sentence with it.
  if (width(flat.slice(0, end)) < TERSE_CHARS && end < flat.length) end += sentenceEnd(flat.slice(end).trimStart()) + (flat.slice(end).length - flat.slice(end).trimStart().length);
  // "… done.**Note:** …": a bold label starts a new thought, even with no space before it.
  end = Math.min(end, labelStart(p.children) ?? end);
  const sentence = flat.slice(0, end);
  const next = rest[0];
  const announces = next?.type === 'list' || next?.type === 'table' || next?.type === 'code';
  // A lead-in brings along the list, table or code it announces; a sentence after it is a thought
  // of its own ("…in different contexts: undefined: in a plain call…" ran two together), unless
  // the lead-in is only a label over it ("Merge:" over what a merge does).
  const label = next?.type === 'paragraph' && width(sentence) < TERSE_CHARS && /[:：]\s*$/.test(sentence);
  const leadIn = end >= flat.length && ((announces && (LEAD_IN.test(sentence) || LIST_LEAD_IN.test(sentence))) || label);
  if (!leadIn) return [paragraph(closedSentence(cutInline(p.children, end, Math.min(budget, sentenceCap)), end >= flat.length && !!next))];
  // "Given:" and its table or code set the problem up; the answer is what comes after.
  const after = rest.slice(1);
  if (SETUP.test(sentence) && !label && after.some((n) => plainText(n) && !isPicture(n))) return cardNodes(after, budget, question);
  // The lead-in alone says nothing: bring what it announces.
  let lead = cutInline(p.children, end, Math.min(budget, sentenceCap) - 40);
  // "…listed below," before a list reads as "…listed below:".
  if (next.type === 'list' || next.type === 'table') lead = [...trimTrailing(lead, /[\s,;–—，；-]+$/), ...(/[:：]$/.test(inlineText(lead).trim()) ? [] : [{ type: 'text', value: ':' } as PhrasingContent])];
  const room = budget - inlineText(lead).length - 1;
  // Full-width punctuation carries its own space: "常见的有：轮询；…", not "：␣轮询".
  const gap: PhrasingContent[] = /[：；，。、]$/.test(inlineText(lead).trim()) ? [] : [{ type: 'text', value: ' ' }];
  if (next.type === 'list') return [paragraph([...lead, ...gap, ...listInline(next, room)])];
  if (next.type === 'table') return [paragraph([...lead, ...gap, ...tableInline(next, room, question)])];
  if (next.type === 'code') return [paragraph(lead), smallCode(next)];
  const more = cardNodes(rest, room, question);
  const first = more[0];
  if (first?.type === 'paragraph') return [paragraph([...lead, { type: 'text', value: ' ' }, ...first.children]), ...more.slice(1)];
  return [paragraph(lead), ...more];
}

/**
 * A lead-in sentence standing alone on a card, the paragraph it led into left off, ends as a
 * sentence ("…in different contexts." for "…in different contexts:"), not on a colon announcing nothing.
 */
function closedSentence(words: PhrasingContent[], ledOn: boolean): PhrasingContent[] {
  const text = inlineText(words).trim();
  if (!ledOn || !/[:,;–—：，；-]$/.test(text)) return words;
  return [...trimTrailing(words, /[\s:,;–—：，；-]+$/), { type: 'text', value: /[：，；]$/.test(text) ? '。' : '.' }];
}

/** A code block cut to a few lines, marked when cut. */
function smallCode(code: Code): Code {
  const lines = code.value.replace(/\s+$/, '').split('\n');
  const value = lines.length > CODE_LINES ? [...lines.slice(0, CODE_LINES - 1), '…'].join('\n') : lines.join('\n');
  return { type: 'code', lang: code.lang, meta: code.meta, value };
}

/** How long a text reads: a Chinese or Japanese character says about as much as two letters. */
const width = (s: string): number => s.length + (s.match(new RegExp(WIDE.source, 'gu'))?.length ?? 0);
const paragraph = (children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
