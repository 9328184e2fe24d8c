import { toString } from 'mdast-util-to-string';
import type { RootContent } from 'mdast';

// What a bank writes where an answer is still to come: "[To be filled]", "TBD", "(answer goes
// here)", "The answer goes here", "待补充". Printed, it would be every such question's card.
const PLACEHOLDER =
  /^[\s[(（【_*]*(?:to\s+be\s+(?:filled(?:\s+in)?|added|written|completed|updated)|tbd|tba|todo|coming\s+soon|(?:the\s+|your\s+)?answer\s+(?:goes\s+)?here|write\s+(?:your|the)\s+answer\s+here|待补充|待完善|待更新|待补|暂无答案|未完待续)[\s.…。!！\])）】_*]*$/iu;

/** A block that only holds the place of an answer: such a line, an empty code block, a quote of them. */
function placeholder(node: RootContent): boolean {
  if (node.type === 'code') return !node.value.trim();
  if (node.type === 'blockquote') return node.children.length > 0 && node.children.every(placeholder);
  return node.type === 'paragraph' && PLACEHOLDER.test(toString(node).trim());
}

/** True when an answer is nothing but placeholders (and rules): the question is open. */
export const placeholderAnswer = (body: RootContent[]): boolean =>
  body.some(placeholder) && body.every((node) => placeholder(node) || node.type === 'thematicBreak');
