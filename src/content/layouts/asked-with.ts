import type { Heading } from 'mdast';

/**
 * A foreign question whose body is what it asks, not its answer: the paragraph under
 * `## Role: Intern` that holds the question, or links to answers kept elsewhere
 * (`- BFC是什么 [答案一](…)`). That body prints with the question, which stays open.
 */
export const askedWith = (heading: Heading): boolean => !!(heading.data as { askedWith?: boolean } | undefined)?.askedWith;

/** The heading marked so. */
export const markAskedWith = (heading: Heading): Heading => ({ ...heading, data: { ...heading.data, askedWith: true } as Heading['data'] });

/** The heading with that mark taken off: what it printed with turned out to be its answer. */
export const unmarkAskedWith = (heading: Heading): Heading => {
  const { askedWith: _askedWith, ...data } = (heading.data ?? {}) as { askedWith?: boolean };
  return { ...heading, data: data as Heading['data'] };
};
