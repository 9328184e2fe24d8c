import { toString } from 'mdast-util-to-string';
import type { ListItem, RootContent } from 'mdast';
import { ANSWER_WORD } from './labels.js';

// Some banks keep a question's answer in the list item after it, under a label of its own:
// `- What is a release train?⏎- Example of answers:⏎  - Ships on a fixed schedule`. The label
// is no question; what it holds answers the item above it.

/** "Example of answers:", "Examples of answers", "Possible answers:", "Sample answers:", or a plain answer label. */
const EXAMPLE_ANSWERS = /^\s*(?:(?:an?\s+)?examples?\s+(?:of\s+)?(?:an?\s+)?answers?|(?:possible|sample|some|good)\s+answers?|answers?\s+examples?)\s*[:：.]?\s*$/iu;

/** What such an item holds under its label, when it is one and holds something; else undefined. */
export function answerItem(item: ListItem): RootContent[] | undefined {
  const [first, ...rest] = item.children;
  if (first?.type !== 'paragraph' || !rest.length) return undefined;
  const text = toString(first);
  return EXAMPLE_ANSWERS.test(text) || ANSWER_WORD.test(text) ? rest : undefined;
}
