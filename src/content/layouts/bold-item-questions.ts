import { toString } from 'mdast-util-to-string';
import type { Heading, List, RootContent } from 'mdast';
import { BIDS } from './list-items.js';
import { quotedAnswer } from './quoted-answer.js';
import { unquoted } from './unquoted.js';
import type { Part } from './types.js';

/**
 * A list of follow-up questions in a Q/A bank (`1. **"Wie haben Sie … verhindert?"**` over its
 * answer indented under it, `   > …`): each item opening with a question wholly in bold, asking
 * or bidding, is a question, the rest of the item its answer (a quote under it is its card answer,
 * its `A:` label off). Undefined unless every item of the list (two at least) is written so.
 */
export function boldItemQuestions(node: RootContent): Part[] | undefined {
  if (node.type !== 'list' || node.children.length < 2) return undefined;
  const parts = (node as List).children.map((item): Part | undefined => {
    const [first, ...rest] = item.children;
    if (first?.type !== 'paragraph' || first.children.length !== 1 || first.children[0].type !== 'strong') return undefined;
    const words = unquoted(first.children[0].children);
    if (!BIDS.test(toString({ type: 'paragraph', children: words }))) return undefined;
    const heading: Heading = { type: 'heading', depth: 3, children: words, position: item.position };
    const [top, ...more] = rest;
    const answer = top ? quotedAnswer(top) : undefined;
    return { kind: 'question', heading, body: answer ? [...answer, ...more] : rest };
  });
  return parts.every((p) => p !== undefined) ? (parts as Part[]) : undefined;
}
