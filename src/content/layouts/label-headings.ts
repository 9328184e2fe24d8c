import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { ANSWER_WORD, QUESTION_WORD } from './labels.js';

// A bank exported from a notes app may head each question and each answer with its label
// (`## Question⏎What is a partition?⏎## Answer⏎An ordered log…`): the label headings carry no words of
// their own, the question is the paragraph under the first.


/**
 * Question and answer label headings (two questions at least) as the questions they head: a
 * `Question` heading with the paragraph under it becomes a heading of that paragraph's words; an
 * `Answer` heading goes, its text staying as the answer. Other nodes as they are.
 */
export function labelHeadings(nodes: RootContent[]): RootContent[] {
  const asks = (n: RootContent | undefined): n is Heading => n?.type === 'heading' && QUESTION_WORD.test(toString(n));
  if (nodes.filter((n, i) => asks(n) && nodes[i + 1]?.type === 'paragraph').length < 2) return nodes;
  const out: RootContent[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    const next = nodes[i + 1];
    if (asks(node) && next?.type === 'paragraph') {
      out.push({ ...node, children: next.children, position: next.position });
      i++;
    } else if (!(node.type === 'heading' && ANSWER_WORD.test(toString(node)))) out.push(node);
  }
  return out;
}
