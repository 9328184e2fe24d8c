import type { List, RootContent } from 'mdast';
import { isOptionList } from './option-lists.js';
import { OPTION_LINES } from './layouts/labels.js';
import { keepLines } from './layouts/question-prompt.js';
import { lineText } from './line-text.js';

// What a question of ours asks about, written between its heading and its `> card answer`: its
// options (`- A) …`, or choices with boxes, `- [ ] GET`), a code listing (`### What does this
// print?` over the code), a table. Read as the start of the answer, the listing became the card
// and the quote under it was lost as a card. A list of notes there stays the answer's, unless the
// question introduces it (`### Compare:`, `### Which of these keep data?`): then it is what is asked,
// as a foreign bank's list above its `**Answer:**` is, and as `import` writes that one. So are
// lettered options typed one a line in a paragraph (`A. 443⏎B. 6443`).

// A question ending in a colon, or pointing at the items under it (`these`, `the following`, `each
// of`), in the languages banks use.
const INTRODUCES =
  /[:：]\s*$|(?<![\p{L}\p{N}])(?:these|those|the following|following|below|each of|folgenden?|diese[nr]?|suivante?s|ces|siguientes|estos|estas|seguintes|estes|следующ\p{L}*|эти[хм]?)(?![\p{L}\p{N}])|以下|下列|这些|這些|これら|다음/iu;

/** True when a question introduces a list under it (`Compare:`, `Which of these …?`). */
export const introducesItems = (question: string): boolean => INTRODUCES.test(question.trim());

/** A list of choices to tick, none ticked (the card says which are right). */
const choices = (list: List): boolean => list.children.length >= 2 && list.children.every((item) => item.checked === false);

/** A block a question may ask about, written above its card answer (`introduced`: the question introduces a list under it). */
export const askable = (node: RootContent, introduced: boolean): boolean =>
  (node.type === 'list' && (introduced || isOptionList(node) || choices(node))) ||
  (node.type === 'paragraph' && OPTION_LINES.test(lineText(node))) ||
  node.type === 'code' ||
  node.type === 'table' ||
  node.type === 'math';

/** At most this many: more above the card is an answer written before it, not what is asked. */
const MOST = 3;

/**
 * The blocks between a question's heading (and its meta line) and its card answer, when the card
 * quote follows them directly and they are options, code, tables or maths, or a list `question`
 * introduces; none otherwise.
 */
export function leadingPrompt(nodes: RootContent[], question: string): RootContent[] {
  const introduced = introducesItems(question);
  const n = nodes.findIndex((node) => !askable(node, introduced));
  // Options typed one a line (`A. 443⏎B. 6443`) keep their lines when printed.
  return n > 0 && n <= MOST && nodes[n].type === 'blockquote' ? nodes.slice(0, n).map((node) => (node.type === 'paragraph' ? keepLines(node) : node)) : [];
}
