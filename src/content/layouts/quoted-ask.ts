import type { Blockquote, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { ANSWER_LABEL } from './labels.js';

/**
 * A question set in a quote with its answer labelled right under it (`> What is a closure?` over
 * `**Answer:** …`), several under one topic heading: the quote asks. Without the label under it,
 * a quote under a `###` heading stays what our own format makes of it, the card's answer.
 * Returns the question's words, or undefined.
 */
export function quotedAsk(node: RootContent, next: RootContent | undefined): PhrasingContent[] | undefined {
  if (node.type !== 'blockquote' || !isAsking(node)) return undefined;
  if (next?.type !== 'paragraph' || !ANSWER_LABEL.test(toString(next))) return undefined;
  return node.children[0].type === 'paragraph' ? node.children[0].children : undefined;
}

function isAsking(quote: Blockquote): boolean {
  return quote.children.length === 1 && quote.children[0].type === 'paragraph' && /[?？]\s*$/.test(toString(quote));
}

/** How many quoted questions a file asks this way. */
export const quotedAsks = (nodes: RootContent[]): number => nodes.filter((n, i) => quotedAsk(n, nodes[i + 1])).length;
