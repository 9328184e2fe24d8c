import type { RootContent } from 'mdast';

// Set on the node an answer label stood on when something came before it in the answer (a
// question's listing, a hint, the options of a multiple-choice question): the card is made
// from that node on, not from what precedes it.
type Marked = { data?: { cardStart?: boolean } };

/** Marks the node where a question's answer proper begins (its card is derived from there). */
export function markCardStart<T extends RootContent>(node: T): T {
  return { ...node, data: { ...node.data, cardStart: true } };
}

/** The index of the node marked as the answer's start, or 0. */
export function cardStartIndex(nodes: RootContent[]): number {
  const at = nodes.findIndex((n) => (n as Marked).data?.cardStart);
  return at > 0 ? at : 0;
}

/** True when an answer's start was marked (an answer label, an answer key's entry). */
export const hasCardStart = (nodes: RootContent[]): boolean => nodes.some((n) => (n as Marked).data?.cardStart);
