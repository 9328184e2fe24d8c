import type { Paragraph, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { phrasingLines } from '../phrasing-lines.js';
import { ANSWER_LABEL, QUESTION_LABEL } from './labels.js';
import { ASKS } from './list-items.js';
import { isNumbered } from './question-number.js';

const textOf = (line: PhrasingContent[]): string => toString({ type: 'paragraph', children: line }).trim();
const joined = (lines: PhrasingContent[][]): PhrasingContent[] => lines.flatMap((l, k) => (k ? [{ type: 'break' } as PhrasingContent, ...l] : l));

/** A paragraph whose first line asks and whose next lines answer it (`🔹 What is an image?⏎A read-only template …`): the two. */
function split(node: RootContent): [Paragraph, Paragraph] | undefined {
  if (node.type !== 'paragraph') return undefined;
  const lines = phrasingLines(node.children).filter((l) => textOf(l));
  if (lines.length < 2) return undefined;
  const [asked, ...rest] = lines;
  const text = textOf(asked);
  if (text.length > 300 || !ASKS.test(text) || QUESTION_LABEL.test(text) || ANSWER_LABEL.test(text) || isNumbered({ type: 'heading', depth: 3, children: asked })) return undefined;
  // The answer asks nothing back at its end (else the paragraph is a run of questions).
  if (ASKS.test(textOf(rest[rest.length - 1]))) return undefined;
  const line = node.position?.start.line ?? 1;
  const at = (n: number) => ({ start: { line: n, column: 1 }, end: { line: n, column: 1 } });
  return [
    { type: 'paragraph', children: asked, position: at(line) },
    { type: 'paragraph', children: joined(rest), position: node.position && { start: { line: line + 1, column: 1 }, end: node.position.end } },
  ];
}

/**
 * Questions pasted one a paragraph with their answer on the lines right under them, no blank line
 * between (`What is a volume?⏎Storage that outlives …`), three at least: each paragraph cut into
 * the question line and its answer, as a bank of questions on lines of their own reads them.
 */
export function answersUnder(nodes: RootContent[]): RootContent[] {
  const cuts = nodes.map(split);
  if (cuts.filter(Boolean).length < 3) return nodes;
  return nodes.flatMap((node, i) => cuts[i] ?? [node]);
}
