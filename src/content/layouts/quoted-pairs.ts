import { toString } from 'mdast-util-to-string';
import type { RootContent } from 'mdast';
import { ANSWER_LABEL, QUESTION_LABEL } from './labels.js';

/** A quote holding a question and its answer, labelled (`> **Q:** …⏎>⏎> **A:** …`), not right under a question's heading (where a quote is our card answer). */
function quotedPair(nodes: RootContent[], i: number): boolean {
  const node = nodes[i];
  const above = nodes[i - 1];
  if (node.type !== 'blockquote' || (above?.type === 'heading' && above.depth >= 3)) return false;
  const [first] = node.children;
  if (first?.type !== 'paragraph' || !QUESTION_LABEL.test(toString(first))) return false;
  return toString(node).split('\n').slice(1).some((line) => ANSWER_LABEL.test(line)) || node.children.slice(1).some((c) => ANSWER_LABEL.test(toString(c)));
}

/**
 * Q/A pairs a bank sets each in a quote (`> **Q:** What does git stash do?⏎>⏎> **A:** It puts …`,
 * rules between them), two at least: the quote is styling, its pair read as any `Q:`/`A:` pair.
 * Left quoted, no layout found a question in them.
 */
export function unquotedPairs(nodes: RootContent[]): RootContent[] {
  const pairs = nodes.filter((_, i) => quotedPair(nodes, i)).length;
  if (pairs < 2) return nodes;
  return nodes.flatMap((node, i) => (quotedPair(nodes, i) && node.type === 'blockquote' ? node.children : [node]));
}
