import { toString } from 'mdast-util-to-string';
import type { PhrasingContent, RootContent } from 'mdast';
import { questionNumber, withoutNumber } from './question-number.js';

/**
 * A question written as a numbered bold line (`**3. What is a namespace?**`), alone in its
 * paragraph or over its answer's first lines (`**3. …?**  ⏎The answer…`): its words without the
 * number, and what follows the line, if anything.
 */
export function boldNumbered(node: RootContent): { words: PhrasingContent[]; rest: PhrasingContent[] } | undefined {
  if (node.type !== 'paragraph') return undefined;
  const [first, ...after] = node.children.filter((c, i) => !(i === 0 && c.type === 'text' && !c.value.trim()));
  if (first?.type !== 'strong' || questionNumber(toString(first)) === undefined) return undefined;
  const [next, ...more] = after;
  // The bold run is the whole first line: the paragraph ends, or a new line starts after it.
  if (next && !(next.type === 'break' || (next.type === 'text' && /^[ \t]*\n/.test(next.value)))) return undefined;
  const rest = !next ? [] : next.type === 'break' ? more : [{ ...next, value: next.value.replace(/^[ \t]*\n/, '') }, ...more];
  return { words: withoutNumber(first.children), rest };
}
