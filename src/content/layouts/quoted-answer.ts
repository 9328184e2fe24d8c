import { toString } from 'mdast-util-to-string';
import type { RootContent } from 'mdast';
import { ANSWER_LABEL } from './labels.js';
import { labelAlone, stripLabel } from './strip-label.js';

/**
 * An answer a bank sets as a quote under its question (`**F: "…"**⏎> **A:** …⏎>⏎> **Tipp:** …`):
 * the quote is its styling, not a card answer. Its paragraphs, the `A:` label taken off, are the
 * answer; undefined when the node is no quote opening with an answer label.
 */
export function quotedAnswer(node: RootContent): RootContent[] | undefined {
  if (node.type !== 'blockquote') return undefined;
  const [first, ...rest] = node.children;
  if (first?.type !== 'paragraph') return undefined;
  // `> **<u>Answer</u>**⏎> …` (a theme's answer box): the label alone on its line goes too.
  const alone = ANSWER_LABEL.test(toString(first)) ? undefined : labelAlone(first.children);
  if (!alone && !ANSWER_LABEL.test(toString(first))) return undefined;
  const children = alone ?? stripLabel(first.children, ANSWER_LABEL);
  return children.length ? [{ ...first, children }, ...rest] : rest;
}
