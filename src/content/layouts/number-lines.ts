import type { Heading, RootContent } from 'mdast';
import { isNumberLabel, isNumbered } from './question-number.js';

// A bank that numbers its questions on a line of their own above each heading that names the
// topic (`✅ **Q1**` over `### Iterators`, `Question 2` over `### Decorators`): the number is the
// question's, as we number questions ourselves; left there, it printed as the deck's intro and at
// the end of each answer above.

/** A paragraph that is only a question's number (`✅ **Q1**`, `Вопрос 3`, `#12`). */
function numberLine(node: RootContent | undefined): boolean {
  if (node?.type !== 'paragraph' || node.position?.start.line !== node.position?.end.line) return false;
  return isNumberLabel({ type: 'heading', depth: 3, children: node.children });
}

/** A heading a number line may stand over: a question's or a section's, not numbered itself. */
const unnumberedHeading = (node: RootContent | undefined): node is Heading => node?.type === 'heading' && node.depth >= 2 && !isNumbered(node);

/** The nodes without the number lines standing right over unnumbered headings, when two or more do. */
export function withoutNumberLines(nodes: RootContent[]): RootContent[] {
  // A figure right under a question's heading (`### Which mode …?` over `755`) is its whole answer, not the next one's number.
  const answers = (i: number) => nodes[i - 1]?.type === 'heading' && (nodes[i - 1] as Heading).depth >= 3;
  const over = (i: number) => numberLine(nodes[i]) && unnumberedHeading(nodes[i + 1]) && !answers(i);
  const count = nodes.filter((_, i) => over(i)).length;
  return count >= 2 ? nodes.filter((_, i) => !over(i)) : nodes;
}
