import { toString } from 'mdast-util-to-string';
import type { Heading, Paragraph, RootContent } from 'mdast';
import { ANSWER_LABEL, OPTION_LINES, QUESTION_LABEL } from './labels.js';
import { stripLabel } from './strip-label.js';
import { isNumbered } from './question-number.js';
import { lineText } from '../line-text.js';
import { withoutLabelQuotes } from './label-quotes.js';

// A numbered label (`### Q1. …`) is a number, dropped with the others where most headings have one.
const labelled = (node: RootContent): node is Heading => node.type === 'heading' && node.depth === 3 && QUESTION_LABEL.test(toString(node)) && !isNumbered(node);

// A heading naming the list under it (`### **Recommended Reading:**` over a list of books) asks nothing.
const listTitle = (node: RootContent, next: RootContent | undefined): node is Heading =>
  node.type === 'heading' && node.depth === 3 && next?.type === 'list' && /[:：]\W*$/u.test(toString(node).trim()) && !/[?？]/u.test(toString(node));

/**
 * Question headings of ours written with their labels (`### Q. クロージャとは？` over `A. 関数が…`,
 * `### Question: …` over `Answer: …`), two at least and most `###` headings: the labels go, from
 * the heading and from the answer's first paragraph (lettered options, `A. …⏎B. …`, keep theirs).
 * An unlabelled heading there that titles the list under it (`### Recommended Reading:`) is that
 * list's bold title line in its section, not one more question.
 */
export function headingLabels(nodes: RootContent[]): RootContent[] {
  const ours = nodes.filter((n) => n.type === 'heading' && n.depth === 3).length;
  const marked = nodes.filter(labelled).length;
  if (marked < 2 || marked * 2 < ours) return nodes;
  return nodes.map((node, i) => {
    if (labelled(node)) return { ...node, children: withoutLabelQuotes(stripLabel(node.children, QUESTION_LABEL)) };
    if (listTitle(node, nodes[i + 1])) return titleLine(node);
    const above = nodes[i - 1];
    if (node.type !== 'paragraph' || !above || !labelled(above)) return node;
    const text = toString(node);
    return ANSWER_LABEL.test(text) && !OPTION_LINES.test(lineText(node)) ? { ...node, children: stripLabel(node.children, ANSWER_LABEL) } : node;
  });
}

function titleLine(heading: Heading): Paragraph {
  const [only] = heading.children;
  const bold = heading.children.length === 1 && only.type === 'strong';
  return { type: 'paragraph', children: bold ? heading.children : [{ type: 'strong', children: heading.children }], position: heading.position };
}
