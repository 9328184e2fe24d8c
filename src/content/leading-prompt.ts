import type { List, RootContent } from 'mdast';
import { isOptionList } from './option-lists.js';
import { OPTION_LINES } from './layouts/labels.js';
import { keepLines } from './layouts/question-prompt.js';
import { lineText } from './line-text.js';
import { isAnswerLabel } from './derive-card.js';
import { isQuotedAsk } from './quoted-ask-line.js';

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
const askable = (node: RootContent, introduced: boolean): boolean =>
  (node.type === 'list' && (introduced || isOptionList(node) || choices(node))) ||
  (node.type === 'paragraph' && OPTION_LINES.test(lineText(node))) ||
  node.type === 'code' ||
  node.type === 'table' ||
  node.type === 'math';

/** At most this many: more above the card is an answer written before it, not what is asked. */
const MOST = 3;

/**
 * True when our format reads `nodes`, right over a card quote, as what the question asks: few
 * enough (with `besides` more blocks written beside them) and each askable. `import` writes an
 * answer label under those it would not.
 */
export const readAsAsked = (nodes: RootContent[], introduced: boolean, besides = 0): boolean =>
  nodes.length + besides <= MOST && nodes.every((node) => askable(node, introduced));

/** At most this many blocks above an answer label are what the question asks: more is an answer written before it. */
const MOST_LABELLED = 8;

/** What a question asks above its card answer, and how many of the blocks under its heading that took (an answer label too). */
interface LeadingPrompt {
  prompt: RootContent[];
  taken: number;
}

/**
 * The blocks between a question's heading (and its meta line) and its card answer, when they are
 * what the question asks: options, code, tables or maths (or a list `question` introduces) right
 * over the card quote; any blocks over an answer label alone on its line (`**Answer:**`) that the
 * card quote follows, as `import` writes a bank's task or options; or a question in quotation
 * marks set as a quote (`> „Was fällt dir auf?"`, an interviewer's guide asking under a topic
 * heading), with a line or two of setting above it. None otherwise.
 */
export function leadingPrompt(nodes: RootContent[], question: string): LeadingPrompt {
  const asked = quotedAsk(nodes, question) ?? labelledPrompt(nodes);
  if (asked) return asked;
  const introduced = introducesItems(question);
  const n = nodes.findIndex((node) => !askable(node, introduced));
  // Options typed one a line (`A. 443⏎B. 6443`) keep their lines when printed.
  const prompt = n > 0 && n <= MOST && nodes[n].type === 'blockquote' ? nodes.slice(0, n).map(keptLines) : [];
  return { prompt, taken: prompt.length };
}

const keptLines = (node: RootContent): RootContent => (node.type === 'paragraph' ? keepLines(node) : node);

/** Blocks over an answer label that the card quote follows (`- FR: …`⏎`**Answer:**`⏎`> …`). */
function labelledPrompt(nodes: RootContent[]): LeadingPrompt | undefined {
  const k = nodes.findIndex((node) => node.type === 'heading' || node.type === 'thematicBreak' || isAnswerLabel(node));
  if (k < 1 || k > MOST_LABELLED || !isAnswerLabel(nodes[k]) || nodes[k + 1]?.type !== 'blockquote') return undefined;
  return { prompt: nodes.slice(0, k).map(keptLines), taken: k + 1 };
}

/** A quoted question under a heading that names a topic (`### Frage: Code Review`), at most two blocks of setting above it. */
function quotedAsk(nodes: RootContent[], question: string): LeadingPrompt | undefined {
  if (/[?？]\s*$/u.test(question)) return undefined;
  const at = nodes.slice(0, 3).findIndex((node) => node.type === 'blockquote');
  if (at < 0 || !isQuotedAsk(nodes[at]) || nodes.slice(0, at).some((node) => node.type !== 'paragraph' && !askable(node, false))) return undefined;
  return { prompt: nodes.slice(0, at + 1), taken: at + 1 };
}
