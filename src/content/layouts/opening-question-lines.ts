import type { Paragraph, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { phrasingLines } from '../phrasing-lines.js';
import { ASKS, PROMPT_START } from './list-items.js';

// A bank of question lines often opens with a few of them set as one paragraph right above its
// first section (`What is X?⏎How do you Y?⏎⏎## Monitoring`): read as one paragraph they were the
// bank's introduction, never counted, and their column could even tip the bank to another layout.

const textOf = (line: PhrasingContent[]): string => toString({ type: 'paragraph', children: line }).trim();

/** Every line asks, or bids as a prompt does, one with "?" at least: the lines, else undefined. */
function questionColumn(p: Paragraph): PhrasingContent[][] | undefined {
  const lines = phrasingLines(p.children).filter((l) => textOf(l));
  if (lines.length < 2 || lines.some((l) => textOf(l).length > 200)) return undefined;
  if (!lines.every((l) => ASKS.test(textOf(l)) || PROMPT_START.test(textOf(l)))) return undefined;
  return lines.some((l) => ASKS.test(textOf(l))) ? lines : undefined;
}

/**
 * The bank's nodes with such a paragraph, the last before its first section heading, cut into a
 * paragraph a line, each at its own line of the file: read as the bank's other question lines are.
 * `lines` is how many it cut (0 when the bank opens otherwise).
 */
export function openingQuestionLines(nodes: RootContent[]): { nodes: RootContent[]; lines: number } {
  const first = nodes.findIndex((n) => n.type === 'heading' && n.depth >= 2);
  const p = first > 0 ? nodes[first - 1] : undefined;
  const column = p?.type === 'paragraph' ? questionColumn(p) : undefined;
  if (!p || !column) return { nodes, lines: 0 };
  const start = p.position?.start.line ?? 1;
  const cut = column.map((children, k): Paragraph => ({ type: 'paragraph', children, position: { start: { line: start + k, column: 1 }, end: { line: start + k, column: 1 } } }));
  return { nodes: [...nodes.slice(0, first - 1), ...cut, ...nodes.slice(first)], lines: cut.length };
}
