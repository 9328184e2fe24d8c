import type { Heading } from 'mdast';

/**
 * A foreign question whose body is what it asks, not its answer: the paragraph under
 * `## Role: Intern` that holds the question, or links to answers kept elsewhere
 * (`- BFC是什么 [答案一](…)`). That body prints with the question, which stays open.
 */
export const askedWith = (heading: Heading): boolean => !!(heading.data as { askedWith?: boolean } | undefined)?.askedWith;

/** The heading marked so. */
export const markAskedWith = (heading: Heading): Heading => ({ ...heading, data: { ...heading.data, askedWith: true } as Heading['data'] });
