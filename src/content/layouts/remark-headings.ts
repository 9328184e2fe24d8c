import type { Heading, RootContent } from 'mdast';
import { headingWords } from './question-number.js';

// A bank read as ours may open a group of questions with a remark at the question level, its
// questions one level down: `### А сейчас просто интересный случай` ("and now, just a curious
// case") right over `#### Что напечатает?` and its code. Read as ours, the remark was a question
// answered by the question under it, and that question was lost in its answer. The remark heads
// a group: a section, its questions at the question level.

const asks = (heading: RootContent | undefined): boolean => heading?.type === 'heading' && /[?？]\s*$/u.test(headingWords(heading));

/**
 * The nodes with each `###` heading that does not ask, right over a `####` one that does, raised
 * to a `##` section, and the `####` headings that ask under it (up to the next `###` or higher)
 * raised to `###` questions.
 */
export function remarkHeadings(nodes: RootContent[]): RootContent[] {
  let group = false;
  return nodes.map((node, i) => {
    if (node.type !== 'heading') return node;
    if (node.depth <= 3) group = false;
    if (node.depth === 3 && !asks(node) && asks(nodes[i + 1]) && (nodes[i + 1] as Heading).depth === 4) {
      group = true;
      return { ...node, depth: 2 };
    }
    return group && node.depth === 4 && asks(node) ? { ...node, depth: 3 } : node;
  });
}
