import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { ANSWER_WORD, QUESTION_LABEL } from './labels.js';
import { stripLabel } from './strip-label.js';

/**
 * A file of a bank kept one question a file, its question in a labelled heading
 * (`### Q: How do merge and rebase differ?`) over `**Answer:**` and an answer of its own sections
 * (`## 1. What does merge do?`, `## Summary`): one question. Those sections, however shallow
 * their headings, are parts of its answer, set below it (a `##` at 4, a `###` at 5); the label
 * goes from the question, and the answer label alone on its line goes. Undefined for any other file
 * (no labelled heading first, or a second one: a bank of several questions).
 */
export function oneQuestionFile(nodes: RootContent[]): RootContent[] | undefined {
  const at = nodes.findIndex((n) => n.type !== 'html' && n.type !== 'thematicBreak');
  const first = nodes[at];
  if (first?.type !== 'heading' || !QUESTION_LABEL.test(toString(first))) return undefined;
  const headings = nodes.filter((n): n is Heading => n.type === 'heading');
  if (headings.length < 2 || headings.slice(1).some((h) => QUESTION_LABEL.test(toString(h)) || h.depth === 1)) return undefined;
  const question: Heading = { ...first, depth: 3, children: stripLabel(first.children, QUESTION_LABEL) };
  if (!toString(question).trim()) return undefined;
  const rest = nodes.slice(at + 1);
  const label = rest[0]?.type === 'paragraph' && ANSWER_WORD.test(toString(rest[0])) ? 1 : 0;
  const answer = rest.slice(label).map((n) => (n.type === 'heading' ? { ...n, depth: Math.min(6, Math.max(4, n.depth + 2)) as Heading['depth'] } : n));
  return [...nodes.slice(0, at), question, ...answer];
}
