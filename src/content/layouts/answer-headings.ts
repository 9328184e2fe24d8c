import type { Heading, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { ANSWER_WORD, QUESTION_WORD } from './labels.js';

// A bank may head each answer with its label one level under the question's heading, the question's
// own words between them (`## ❓ Question 1: Pointers and arrays⏎Explain how …⏎### 🔍 Answer⏎A pointer …`).
// Read as headings, the label is one more topic and the words asked its section's notes; the label is
// the answer's opening, as `**Answer:**` would be, and the words above it what the heading asks.

// Symbols a bank sets before its label (`🔍 Answer`, `✅ Lời đáp`).
const MARKS = /^[\p{Extended_Pictographic}\p{So}\uFE0F\u200D\s]+/u;
// The bare letter (`### A`) may be an option or an index entry: a label heading names the answer in words.
const LETTER = /^\s*[AＡ]\s*[:：.]?\s*$/u;

const answerLabel = (node: RootContent): node is Heading => {
  if (node.type !== 'heading') return false;
  const words = toString(node).replace(MARKS, '');
  return ANSWER_WORD.test(words) && !LETTER.test(words);
};

/**
 * Each answer label heading (two at least) deeper than the heading above it, with that heading's
 * words asked between them, as a bold `Answer:` paragraph opening the answer; other nodes as they
 * are. A heading pair of labels (`## Question` over `## Answer`) is label-headings.ts's.
 */
export function answerHeadings(nodes: RootContent[]): RootContent[] {
  const opening = new Set<number>();
  for (const [i, node] of nodes.entries()) {
    if (!answerLabel(node)) continue;
    let k = i - 1;
    while (k >= 0 && nodes[k].type !== 'heading') k--;
    const above = nodes[k] as Heading | undefined;
    if (!above || k === i - 1 || above.depth >= node.depth || answerLabel(above) || QUESTION_WORD.test(toString(above).replace(MARKS, ''))) continue;
    opening.add(i);
  }
  if (opening.size < 2) return nodes;
  return nodes.map((node, i): RootContent => {
    if (!opening.has(i)) return node;
    const label: Paragraph = { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: 'Answer:' }] }], position: node.position };
    return label;
  });
}
