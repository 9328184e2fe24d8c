import type { RootContent } from 'mdast';
import { plainText } from './text.js';

// An interviewer's guide names its topic in the heading (`### Frage: Code Review`) and sets the
// question itself under it as a quote in quotation marks (`> „Was fällt dir auf? Was würdest du
// ändern?"`), the words to say to the candidate. Read as our card answer, the question became
// the card, and the points to listen for its answer.

/** Opening quotation marks, of the languages banks are written in. */
const OPENING = /^["“”„«»‹›「『‚‘']/u;

/** A closing `?` with the quotation mark after it (`…warum?"`, `…？」`). */
const ASKS_CLOSED = /[?？]\s*["“”«»‹›」』‘’']$/u;

/** True when a blockquote is one question in quotation marks (`> „Wie gehst du vor?"`). */
export function isQuotedAsk(node: RootContent): boolean {
  if (node.type !== 'blockquote' || node.children.length !== 1 || node.children[0].type !== 'paragraph') return false;
  const text = plainText(node).trim();
  return OPENING.test(text) && ASKS_CLOSED.test(text);
}
