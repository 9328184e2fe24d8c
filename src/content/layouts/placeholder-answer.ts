import { toString } from 'mdast-util-to-string';
import type { RootContent } from 'mdast';

// What a bank writes where an answer is still to come: "[To be filled]", "TBD", "(answer goes
// here)", "The answer goes here", "待补充", or dots alone (`> A: ...`, a template's answers still
// to write). Printed, it would be every such question's card.
const PLACEHOLDER =
  /^[\s[(（【_*]*(?:to\s+be\s+(?:filled(?:\s+in)?|added|written|completed|updated)|tbd|tba|todo|coming\s+soon|(?:the\s+|your\s+)?answer\s+(?:goes\s+)?here|write\s+(?:your|the)\s+answer\s+here|待补充|待完善|待更新|待补|暂无答案|未完待续|\.{3,}|…+)[\s.…。!！\])）】_*]*$/iu;

// A line of a form to fill in: a label with nothing after its colon (`1. cd:`, `- ls:`, `Output:`).
const BLANK_LINE = /^\s*(?:(?:\d+[.)]|[-*•])\s*)?[^:：\n]{0,60}[:：]\s*$/u;

/** A code block left to be written: empty, or a form of labels with nothing after them (`1. cd:⏎2. ls:`). */
const blankCode = (node: RootContent): boolean => {
  if (node.type !== 'code') return false;
  const lines = node.value.split('\n').filter((l) => l.trim());
  return lines.every((l) => BLANK_LINE.test(l));
};

// A template's slot for the answer, named in capitals between brackets (`[ROLLEN_BESCHREIBUNG]`,
// `[STAR_ANSWER]`): an underscore in it, so an option's letter (`[B]`) is never one.
const SLOT = /^\s*\[[\p{Lu}\d]+(?:_[\p{Lu}\d]+)+\]\s*$/u;

/** A paragraph that is only a template's slot for the answer (`[REFLEXION_ANTWORT]`). */
export const isSlot = (node: RootContent): boolean => node.type === 'paragraph' && SLOT.test(toString(node));

/** A line saying the answer is still to come, or a template's slot for it, alone or quoted. */
function says(node: RootContent): boolean {
  if (node.type === 'blockquote') return node.children.some(says);
  return node.type === 'paragraph' && (PLACEHOLDER.test(toString(node).trim()) || SLOT.test(toString(node)));
}

/**
 * A list of labels with nothing after them (`- **Cause:**⏎- **Action:**⏎- **Result:**`): the
 * frame of a story answer, left to be filled in.
 */
const blankList = (node: RootContent): boolean =>
  node.type === 'list' && node.children.length > 0 && node.children.every((item) => item.children.every((c) => c.type === 'paragraph' && BLANK_LINE.test(toString(c))));

/** A block that only holds the place of an answer: such a line, a code block to be written, a quote of them, a frame of labels. */
function placeholder(node: RootContent): boolean {
  if (node.type === 'blockquote') return node.children.length > 0 && node.children.every(placeholder);
  return says(node) || (node.type === 'code' && !node.value.trim()) || blankList(node);
}

/**
 * True when an answer is nothing but placeholders (and rules): the question is open. Under a
 * line saying so, a form left to fill in (`> The answer goes here` over a code block of
 * `1. cd:⏎2. ls:`) holds no answer either.
 */
export const placeholderAnswer = (body: RootContent[]): boolean => {
  const filled = body.some(says) ? (node: RootContent): boolean => placeholder(node) || blankCode(node) || (node.type === 'blockquote' && node.children.every(filled)) : placeholder;
  return body.some((node) => placeholder(node) || says(node)) && body.every((node) => filled(node) || node.type === 'thematicBreak');
};
