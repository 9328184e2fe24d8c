import { toString } from 'mdast-util-to-string';
import type { Paragraph, RootContent } from 'mdast';
import { cardStartIndex } from './card-start.js';
import { OPTION_LINES } from './labels.js';
import { phrasingLines } from '../phrasing-lines.js';
import { choiceOptions, isOptionList, markedOptions } from '../option-lists.js';
import { lineText } from '../line-text.js';
import { radioMarked } from './radio-choices.js';

/** What a question asks about, written under it (its options, its listing), and the answer apart from it. */
export interface SplitPrompt {
  prompt: RootContent[];
  answer: RootContent[];
}

// A hint's or a note's label: an aside to the answer, not part of what is asked.
const ASIDE_LABEL = /^\s*(?:tip|hint|note|warning|explanation|подсказка|примечание|pista|nota|dica|hinweis|tipp|提示|注意|解析|힌트)(?=$|[\s:：.,)])/iu;

/**
 * Splits what stands above a question's answer label (an answer read from further down: a
 * multiple-choice question's options, then `**Answer:** B`) into the question's own body and
 * the rest. Options, a listing or a table the question asks about, and the lead-in before them
 * ("**Options:**") belong to the question; bank meta lines (`**Type:** single choice`), hint
 * boxes and headings stay at the top of the answer. With no answer label below the start,
 * nothing is split off.
 */
export function splitPrompt(nodes: RootContent[]): SplitPrompt {
  const ticked = tickedOptions(nodes);
  if (ticked) return ticked;
  const start = cardStartIndex(nodes);
  if (start === 0) return { prompt: [], answer: nodes };
  const above = nodes.slice(0, start);
  const prompt = above.filter(asked).map((n) => (n.type === 'paragraph' && OPTION_LINES.test(lineText(n)) ? keepLines(n) : n));
  if (!prompt.length) return { prompt: [], answer: nodes };
  return { prompt, answer: [...above.filter((n) => !asked(n)), ...nodes.slice(start)] };
}

/** A block that is part of what the question asks, when it stands above the answer label. */
function asked(node: RootContent): boolean {
  if (node.type === 'code' || node.type === 'list' || node.type === 'table' || node.type === 'math') return true;
  if (node.type !== 'paragraph') return false;
  return !metaLines(node) && !ASIDE_LABEL.test(toString(node).replace(/[*_]/g, ''));
}

/**
 * A paragraph of bank meta lines: every line a short bold label with its value (`**Type:** single
 * choice`, `**标签：** 分支基础`). A label alone ("**Options:**") introduces what follows instead.
 */
function metaLines(p: Paragraph): boolean {
  const lines = phrasingLines(p.children);
  return lines.every((line) => {
    const [label, ...value] = line.filter((c) => !(c.type === 'text' && !c.value.trim()));
    if (label?.type !== 'strong') return false;
    const name = toString(label).trim();
    const rest = toString({ type: 'paragraph', children: value }).replace(/^\s*[:：]/, '').trim();
    const labelled = /[:：]$/.test(name) || /^\s*[:：]/.test(toString({ type: 'paragraph', children: value }));
    return labelled && rest.length > 0 && rest.length <= (META_NAME.test(name) ? 200 : 40) && name.length <= 24;
  });
}

/** Labels that only describe a question (its keywords, topic, source), however long their value. */
const META_NAME = /^(?:key\s*words|key concepts|concepts|tags|topics?(?: covered)?|categor(?:y|ies)|difficulty|level|type|source|compan(?:y|ies)|asked (?:at|by))\s*[:：]?$/i;

/** Options written one a line (`A) …⏎B) …`) keep their lines when printed, as line breaks. */
export function keepLines(p: Paragraph): Paragraph {
  const children = p.children.flatMap((child): Paragraph['children'] =>
    child.type === 'text' && child.value.includes('\n')
      ? child.value.split('\n').flatMap((value, k): Paragraph['children'] => [...(k ? [{ type: 'break' } as const] : []), ...(value ? [{ ...child, value }] : [])])
      : [child],
  );
  return { ...p, children };
}

/**
 * Options written as a task list with the right ones ticked (`- [ ] a) …` / `- [x] c) …`): the
 * options, unticked, are the question's; the ticked ones open the answer, before whatever
 * follows the list. Printed as ticked, the question would give its answer away.
 */
export function tickedOptions(nodes: RootContent[]): SplitPrompt | undefined {
  const at = nodes.findIndex((n) => n.type === 'list');
  const list = nodes[at];
  // Lettered (`a) …`), or unlettered under a question asked in bold right above them (`* [x] Culture`).
  // Radio-marked options (`* ( ) …`, `* (x) …`) may stand under the code and the question they ask about.
  const radio = list?.type === 'list' && radioMarked(list);
  if (!list || list.type !== 'list' || !(isOptionList(list) || ((at === 0 || radio) && markedOptions(list)))) return undefined;
  if (!list.children.every((item) => typeof item.checked === 'boolean') || !list.children.some((item) => item.checked)) return undefined;
  // Above the list: a listing the question asks about, a lead-in ("**Options:**"), or the bank's
  // meta lines (`**Type:** single`, kept in the answer, after the ticked options); prose there is an answer's.
  const above = nodes.slice(0, at);
  const meta = above.filter((n) => n.type === 'paragraph' && metaLines(n));
  const asks = above.filter((n) => !meta.includes(n));
  // Over radio-marked options, a quiz's prose is all the question's (a lead-in, a statement, the line that asks): no answer is written above them.
  if (!asks.every((n) => (n.type === 'paragraph' ? radio || /[:：]\s*$/.test(toString(n)) : asked(n)))) return undefined;
  const right = list.children.filter((item) => item.checked).flatMap((item) => (item.children[0]?.type === 'paragraph' ? [item.children[0].children] : []));
  const answer: Paragraph = { type: 'paragraph', children: right.flatMap((words, i) => (i ? [{ type: 'text' as const, value: '; ' }, ...words] : words)) };
  return { prompt: [...asks, choiceOptions(list, radio)], answer: [answer, ...meta, ...nodes.slice(at + 1)] };
}
