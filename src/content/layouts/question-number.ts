import { toString } from 'mdast-util-to-string';
import type { Heading, PhrasingContent } from 'mdast';

// `1. Q`, `12) Q`, `Q12: Q`, `Question 3 - Q`, `#7. Q`: a number that counts questions.
const NUMBER = /^\s*(?:#?\s*)?(?:(?:Q|Question)\s*\.?\s*\d{1,4}\s*[.):\-–—]|\d{1,4}\s*[.):\-–—])\s+(?=\S)/i;

/** True when a heading starts with a question number. */
export const isNumbered = (heading: Heading): boolean => NUMBER.test(toString(heading));

/** A heading's words without its leading question number (we number questions ourselves). */
export function withoutNumber(children: PhrasingContent[]): PhrasingContent[] {
  const [first, ...rest] = children;
  if (!first) return children;
  if (first.type === 'text') {
    const value = first.value.replace(NUMBER, '');
    return value ? [{ ...first, value }, ...rest] : rest;
  }
  if ((first.type === 'strong' || first.type === 'emphasis') && NUMBER.test(toString(first))) {
    return [{ ...first, children: withoutNumber(first.children) }, ...rest];
  }
  return children;
}
