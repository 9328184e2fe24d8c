import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isNumberLabel, isNumbered } from './question-number.js';
import { isPictographs } from '../decorative-marks.js';

// A bank that numbers its questions on a line of their own above each heading that names the
// topic (`✅ **Q1**` over `### Iterators`, `Question 2` over `### Decorators`): the number is the
// question's, as we number questions ourselves; left there, it printed as the deck's intro and at
// the end of each answer above. A bank tracking what it has written ticks each number
// (`:white_check_mark: Q3` done, `:white_large_square: Q9` to do) and now and then only ticks
// (`:white_check_mark:` over a heading): the tick is the author's progress, no words of an answer.

/** The words of a one-line paragraph, the in-page anchor typed on the next line left out (`✅ Q3⏎<a name="sets"></a>`). */
function lineWords(node: RootContent | undefined): string | undefined {
  if (node?.type !== 'paragraph') return undefined;
  const words = toString({ type: 'paragraph', children: node.children.filter((c) => c.type !== 'html') }).trim();
  return words.includes('\n') ? undefined : words;
}

/** A paragraph that is only a question's number (`✅ **Q1**`, `Вопрос 3`, `#12`). */
function numberLine(node: RootContent | undefined): boolean {
  const words = lineWords(node);
  return words !== undefined && isNumberLabel({ type: 'heading', depth: 3, children: [{ type: 'text', value: words }] });
}

/** A paragraph that is only a tick or two (`✅`), a bank's progress mark. */
const tickLine = (node: RootContent | undefined): boolean => {
  const words = lineWords(node);
  return !!words && isPictographs(words.replace(/\s+/g, ''));
};

/** A heading a number line may stand over: a question's or a section's, not numbered itself. */
const unnumberedHeading = (node: RootContent | undefined): node is Heading => node?.type === 'heading' && node.depth >= 2 && !isNumbered(node);

/** The nodes without the number lines (and lone ticks among them) standing right over unnumbered headings, when two or more numbers do. */
export function withoutNumberLines(nodes: RootContent[]): RootContent[] {
  // A figure right under a question's heading (`### Which mode …?` over `755`) is its whole answer, not the next one's number.
  const answers = (i: number) => nodes[i - 1]?.type === 'heading' && (nodes[i - 1] as Heading).depth >= 3;
  const over = (i: number, line: (node: RootContent | undefined) => boolean) => line(nodes[i]) && unnumberedHeading(nodes[i + 1]) && !answers(i);
  const count = nodes.filter((_, i) => over(i, numberLine)).length;
  return count >= 2 ? nodes.filter((_, i) => !over(i, numberLine) && !over(i, tickLine)) : nodes;
}
