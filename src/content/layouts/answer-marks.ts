import { toString } from 'mdast-util-to-string';
import type { Heading, RootContent } from 'mdast';
import { stripLabel } from './strip-label.js';
import { ANSWER_LABEL as ANSWER_MARK, ANSWER_NAMED, ANSWER_SUMMARY, QUESTION_LABEL as QUESTION_MARK } from './labels.js';

// `<details><summary>Answer</summary>` opening an HTML node, and what follows it in the node.
const ANSWER_DETAILS = /^\s*<details\b[^>]*>\s*<summary\b[^>]*>([\s\S]*?)<\/summary>/i;

type Paragraph = Extract<RootContent, { type: 'paragraph' }>;

const separator = (node: RootContent): boolean => node.type === 'thematicBreak' || (node.type === 'html' && /^(?:\s*<br\s*\/?>)+\s*$/i.test(node.value));

const startsWith = (node: RootContent | undefined, mark: RegExp): node is Paragraph => node?.type === 'paragraph' && mark.test(toString(node));

/** What goes between a short heading and the question under it: "Event Loop: …", "…区别？什么时候…". */
function joiner(heading: string): string {
  const wide = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u.test(heading.replace(/[？?：:]$/, ''));
  if (/[?？:：]$/.test(heading)) return wide ? '' : ' ';
  return wide ? '：' : ': ';
}

/**
 * Takes the labels off a question read from a foreign layout: a `**Question:** …` paragraph under
 * a short heading ("1. Event Loop") completes the question ("Event Loop: …"), and an
 * `**Answer:**` label (alone, or opening the answer, or as the one item of a list) is dropped, as
 * is a rule closing the answer.
 */
export function readMarks(heading: Heading, body: RootContent[]): { heading: Heading; body: RootContent[] } {
  let rest = body;
  let words = heading.children;
  const hidden = hiddenAnswer(rest);
  if (hidden) {
    // "### 1. Anchors", "What do `^` and `$` mean?", then the answer behind a "Show answer" block.
    words = toString(heading).trim() ? [...words, { type: 'text', value: joiner(toString(heading).trim()) }, ...hidden.asked] : hidden.asked;
    rest = hidden.answer;
  } else if (startsWith(rest[0], QUESTION_MARK)) {
    const asked = stripLabel(rest[0].children, QUESTION_MARK);
    words = toString(heading).trim() ? [...words, { type: 'text', value: joiner(toString(heading).trim()) }, ...asked] : asked;
    rest = rest.slice(1);
  }
  const first = rest[0];
  if (startsWith(first, ANSWER_MARK)) {
    const answer = stripLabel(first.children, ANSWER_MARK);
    rest = answer.length ? [{ ...first, children: answer }, ...rest.slice(1)] : rest.slice(1);
  } else if (first?.type === 'list' && first.children.length === 1 && startsWith(first.children[0].children[0], ANSWER_MARK)) {
    const [lead, ...more] = first.children[0].children as [Paragraph, ...RootContent[]];
    const answer = stripLabel(lead.children, ANSWER_MARK);
    rest = [...(answer.length ? [{ ...lead, children: answer }] : []), ...more, ...rest.slice(1)];
  } else if (first?.type === 'list' && startsWith(first.children[0]?.children[0], ANSWER_NAMED)) {
    // `- answer: …⏎- why: …` (or `- answer:` over the items that answer): the label goes, and an item left empty.
    const [item, ...items] = first.children;
    const [lead, ...more] = item.children as [Paragraph, ...RootContent[]];
    const answer = stripLabel(lead.children, ANSWER_NAMED);
    const kept = [...(answer.length ? [{ ...lead, children: answer }] : []), ...more];
    rest = [{ ...first, children: kept.length ? [{ ...item, children: kept as typeof item.children }, ...items] : items }, ...rest.slice(1)];
  }
  // A rule (or a `<br />` alone) after an answer separates it from the next question; it is not part of the answer.
  while (rest.length && separator(rest[rest.length - 1])) rest = rest.slice(0, -1);
  return { heading: { ...heading, children: words }, body: rest };
}

/**
 * A question paragraph followed by its answer in a `<details>` block whose summary only says
 * "Answer" (or "Show answer", "答案"): the paragraph and the block's content, without its tags.
 */
function hiddenAnswer(body: RootContent[]): { asked: Paragraph['children']; answer: RootContent[] } | undefined {
  const [asked, block, ...after] = body;
  if (asked?.type !== 'paragraph' || block?.type !== 'html') return undefined;
  const m = ANSWER_DETAILS.exec(block.value);
  if (!m || !ANSWER_SUMMARY.test(m[1].replace(/<[^>]*>/g, ''))) return undefined;
  const answer: RootContent[] = [];
  const inside = block.value.slice(m[0].length);
  if (inside.trim()) answer.push({ ...block, value: inside });
  answer.push(...after);
  // The block's closing tag goes, alone or at the end of the last piece of HTML.
  const last = answer[answer.length - 1];
  if (last?.type === 'html' && /<\/details>\s*$/i.test(last.value)) {
    const value = last.value.replace(/<\/details>\s*$/i, '');
    if (value.trim()) answer[answer.length - 1] = { ...last, value };
    else answer.pop();
  }
  return { asked: asked.children, answer };
}
