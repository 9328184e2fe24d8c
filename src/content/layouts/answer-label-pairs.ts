import type { Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { ANSWER_LABEL, OPTION_LINES, QUESTION_LABEL } from './labels.js';
import { PROMPT_START } from './list-items.js';
import { lineText } from '../line-text.js';

// Pages list each question as a line of its own over its answer labelled `Answer: …`, with no
// `Q:` label on the question (`What is a container image?⏎⏎Answer: A read-only bundle …`); copied
// from a web page, the answer may even come as a list's one item (`-⏎What is …?⏎- Answer: …`, the
// bare `-` an emptied bullet). Neither is read as a question where the question carries no label.

/** A paragraph opening with an answer's label and the answer after it on that line (`Answer: A read-only …`), options aside. */
function answerLabelled(node: RootContent | undefined): node is Paragraph {
  if (node?.type !== 'paragraph' || OPTION_LINES.test(lineText(node))) return false;
  const line = toString(node).split('\n')[0];
  const label = ANSWER_LABEL.exec(line);
  return !!label && !!line.slice(label.index + label[0].length).trim();
}

/** A line of its own that asks or bids (`What does a registry store?`, `Explain what a digest is.`): one line, no label, short. */
function askingLine(node: RootContent): boolean {
  if (node.type !== 'paragraph' || node.children[0]?.type === 'strong') return false;
  const text = toString(node).trim();
  if (!text || text.includes('\n') || text.length > 200 || QUESTION_LABEL.test(text) || ANSWER_LABEL.test(text)) return false;
  return /[?？]$/u.test(text) || PROMPT_START.test(text);
}

/**
 * The paragraphs that ask with no label, each right over a paragraph opening with an answer's
 * label: two at least, else none (one such pair is prose with a label in it).
 */
export function unlabelledQuestions(nodes: RootContent[]): Set<RootContent> {
  const found = nodes.filter((node, i) => askingLine(node) && answerLabelled(nodes[i + 1]));
  return new Set(found.length >= 2 ? found : []);
}

/**
 * The tree with each list right under a line of its own whose first item is a labelled answer
 * and whose other items are empty (`- Answer: …` then a bare `-`) set as that answer's paragraph.
 */
export function answerItemLists(nodes: RootContent[]): RootContent[] {
  return nodes.flatMap((node, i) => {
    const before = nodes[i - 1];
    if (node.type !== 'list' || !before || !askingLine(before)) return [node];
    const [first, ...rest] = node.children;
    if (!answerLabelled(first?.children[0]) || rest.some((item) => item.children.length)) return [node];
    return first.children;
  });
}
