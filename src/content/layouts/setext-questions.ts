import type { Heading, RootContent, ThematicBreak } from 'mdast';
import { toString } from 'mdast-util-to-string';

// A bank that draws a rule between its questions (`What is X?⏎⏎---⏎⏎What is Y?`) sometimes leaves
// out the blank line: `What is Y?` right over `---` is a heading to markdown (a setext heading),
// so the question became a section of the questions after it.

// A line that asks: it ends in a question mark, maybe with an aside after it ("…? (e.g., X, Y)").
const ASKS = /[?？]\s*(?:[(（][^()（）\n]*[)）])?$/;

/** A `##` heading underlined with dashes that asks: its one line ends in a question mark. */
function ruledQuestion(node: RootContent): node is Heading {
  if (node.type !== 'heading' || node.depth !== 2 || !node.position) return false;
  const text = toString(node).trim();
  return node.position.end.line === node.position.start.line + 1 && !text.includes('\n') && ASKS.test(text);
}

/** A paragraph whose last line asks, as the questions of a bank written one a paragraph do. */
function askingParagraph(node: RootContent): boolean {
  return node.type === 'paragraph' && ASKS.test(toString(node).trim().split('\n').pop() ?? '');
}

/**
 * In a bank with no `###` headings that draws rules between its questions (as many rules at
 * least as such underlined questions, or more questions as plain paragraphs), a question written
 * right over its rule is read as the paragraph and the rule it was written as. Other nodes stay.
 */
export function setextQuestions(nodes: RootContent[]): RootContent[] {
  const ours = nodes.some((n) => n.type === 'heading' && n.depth === 3);
  const rules = nodes.filter((n) => n.type === 'thematicBreak').length;
  const ruled = nodes.filter(ruledQuestion).length;
  // Questions all underlined, a stray rule or two aside, are headings meant as such; but where
  // most questions stand as paragraphs, the underlined ones are the last of a group, over the
  // rule drawn under it (`What is X?⏎⏎What is Y?⏎---⏎🟡 Intermediate⏎…`).
  const plain = nodes.filter(askingParagraph).length;
  if (ours || !ruled || (rules < ruled && plain <= ruled)) return nodes;
  return nodes.flatMap((node): RootContent[] => {
    if (!ruledQuestion(node)) return [node];
    const { start, end } = node.position!;
    const rule: ThematicBreak = { type: 'thematicBreak', position: { start: { line: end.line, column: 1 }, end } };
    return [{ type: 'paragraph', children: node.children, position: { start, end: { line: start.line, column: start.column + toString(node).length } } }, rule];
  });
}
