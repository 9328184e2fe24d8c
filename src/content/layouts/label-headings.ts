import type { Heading, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { ANSWER_WORD, QUESTION_WORD } from './labels.js';

// A bank exported from a notes app may head each question and each answer with its label
// (`## Question⏎What is a partition?⏎## Answer⏎An ordered log…`): the label headings carry no words of
// their own, the question is the paragraph under the first.


/**
 * Question and answer label headings (two questions at least) as the questions they head: a
 * `Question` heading with the paragraph under it becomes a heading of that paragraph's words; an
 * `Answer` heading goes, its text staying as the answer. Other nodes as they are.
 *
 * A bank kept as one file per question opens each file with the pair (`### Question⏎…⏎### Answer`)
 * and heads the parts of its answer at the same depth (`### Example Output`): there the one
 * question holds the whole file, its later headings set one level below it.
 */
export function labelHeadings(nodes: RootContent[]): { nodes: RootContent[]; oneQuestion: boolean } {
  const asks = (n: RootContent | undefined): n is Heading => n?.type === 'heading' && QUESTION_WORD.test(toString(n));
  const answers = (n: RootContent | undefined): boolean => n?.type === 'heading' && ANSWER_WORD.test(toString(n));
  // The words asked: the paragraph under the label, or the one paragraph of a quote there (`> What …?`).
  const asked = (n: RootContent | undefined): Paragraph | undefined =>
    n?.type === 'paragraph' ? n : n?.type === 'blockquote' && n.children.length === 1 && n.children[0].type === 'paragraph' ? n.children[0] : undefined;
  const labelled = nodes.filter((n, i) => asks(n) && asked(nodes[i + 1]));
  const first = nodes.find((n) => n.type === 'heading');
  const single = labelled.length === 1 && labelled[0] === first && nodes.some(answers);
  if (labelled.length < 2 && !single) return { nodes, oneQuestion: false };
  const out: RootContent[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    const next = nodes[i + 1];
    const words = asks(node) ? asked(next) : undefined;
    if (words) {
      // A file of one question asks it at the question level, whatever level its label had (`## Question`).
      out.push({ ...(node as Heading), ...(single ? { depth: 3 as const } : {}), children: words.children, position: words.position });
      i++;
    } else if (answers(node)) continue;
    else if (single && node.type === 'heading') out.push({ ...node, depth: Math.max(node.depth, 4) as Heading['depth'] });
    else out.push(node);
  }
  return { nodes: out, oneQuestion: single };
}

