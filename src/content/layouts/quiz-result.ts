import { toString } from 'mdast-util-to-string';
import type { List, ListItem, PhrasingContent, RootContent } from 'mdast';

// A quiz kept with its results: under each question, the learner's answer and the right one as a
// list (`- Your Answer: \`pwd\` (Correct)`, or `- Your Answer:` left empty over `- Correct Answer: …`).
// The answer is the right one: the correct item's words (and what follows the list, a listing
// under an empty `Correct Answer:`), else the learner's when marked correct.

const YOURS = /^\s*(?:your|my)\s+answer\s*[:：]\s*/iu;
const RIGHT = /^\s*(?:correct|right|expected)\s+answer\s*[:：]\s*/iu;
const MARKED = /\s*\((?:correct|right|✓|✔)\)\s*$/iu;

/** The item's first paragraph's words after its label, or undefined when it carries none. */
function labelled(item: ListItem, label: RegExp): PhrasingContent[] | undefined {
  const [first] = item.children;
  if (first?.type !== 'paragraph' || !label.test(toString(first))) return undefined;
  const [lead, ...rest] = first.children;
  if (lead?.type !== 'text') return undefined;
  const stripped = lead.value.replace(label, '');
  return [...(stripped ? [{ ...lead, value: stripped }] : []), ...rest];
}

/** Words without a closing "(Correct)" mark. */
function unmarked(words: PhrasingContent[]): PhrasingContent[] {
  const last = words[words.length - 1];
  return last?.type === 'text' ? [...words.slice(0, -1), { ...last, value: last.value.replace(MARKED, '') }].filter((w) => w.type !== 'text' || w.value) : words;
}

/**
 * The answer of a question whose body opens with its quiz result (see above); undefined for any
 * other body. A result with no right answer given or marked is no answer: the body goes, empty.
 */
export function quizResultAnswer(body: RootContent[]): RootContent[] | undefined {
  const [list, ...after] = body;
  if (list?.type !== 'list') return undefined;
  const items = (list as List).children;
  if (!items.length || !items.every((i) => labelled(i, YOURS) ?? labelled(i, RIGHT))) return undefined;
  const right = items.map((i) => labelled(i, RIGHT)).find((w) => w !== undefined);
  const yours = items.map((i) => labelled(i, YOURS)).find((w) => w !== undefined);
  const words = right ?? (yours && MARKED.test(toString({ type: 'paragraph', children: yours })) ? unmarked(yours) : []);
  const text = toString({ type: 'paragraph', children: words }).trim();
  return [...(text ? [{ type: 'paragraph' as const, children: words, position: list.position }] : []), ...after];
}
