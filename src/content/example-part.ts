import type { RootContent } from 'mdast';
import { plainText } from './text.js';
import { ADVICE_WORDS, BARE_WORDS, EXAMPLE_WORDS } from './example-part-words.js';

// An answer written in labelled parts (`#### How to Answer` advice, then `#### Example Answer`) gives
// the answer itself in its example (other languages' labels: example-part-words.ts): a card made from its first block printed the advice ("When
// answering this question, focus on …"), which answers nothing. Such a card is made from the example.

/** A label naming an example answer: "Example Answer", "Sample response:", "Model answer". */
const EXAMPLE = /^\s*(?:an? )?(?:example|sample|model|possible|suggested)\s+(?:answer|response|reply)s?\s*[:：.]?\s*$/iu;
/** A label naming advice on answering: "How to Answer", "Tips", "What interviewers look for". */
const ADVICE = /^\s*(?:how to (?:answer|respond|approach)(?: (?:it|this|the question))?|tips?|approach|what (?:the )?interviewers? (?:are )?look(?:s|ing)? for)\s*[:：.]?\s*$/iu;
/** A bare "Example" or "Sample", an example answer's label only where the answer's advice is labelled too. */
const BARE = /^\s*(?:example|sample)\s*[:：.]?\s*$/iu;

/** A block that only labels a part: a heading, or a paragraph of bold words alone. */
function labelOf(n: RootContent): string | undefined {
  if (n.type === 'heading') return plainText(n);
  if (n.type === 'paragraph' && n.children.length === 1 && n.children[0].type === 'strong') return plainText(n);
  return undefined;
}

/** The index of the first block of an answer's example part, when its parts are labelled so; else -1. */
export function examplePartIndex(blocks: RootContent[]): number {
  const labels = blocks.map(labelOf);
  const advised = labels.some((l) => l !== undefined && (ADVICE.test(l) || ADVICE_WORDS.test(l)));
  const at = labels.findIndex((l) => l !== undefined && (EXAMPLE.test(l) || EXAMPLE_WORDS.test(l) || (advised && (BARE.test(l) || BARE_WORDS.test(l)))));
  return at >= 0 && at + 1 < blocks.length && labels[at + 1] === undefined ? at + 1 : -1;
}
