import { toString } from 'mdast-util-to-string';
import type { List, RootContent } from 'mdast';
import { isOptionList } from '../option-lists.js';
import { isSlot } from './placeholder-answer.js';
import { keepLines } from './question-prompt.js';
import { followUpAside, followUpLabelLine } from './follow-ups.js';
import { TASK_WORD } from './labels.js';
import { hasCardStart } from './card-start.js';

/** A foreign question's body that answers nothing: what prints with the question, and the answer left (none: the question is open). */
export interface UnansweredBody {
  prompt: RootContent[];
  answer: RootContent[];
  /** The question only names a task (`Задача`, `Task 3`) and its body states it, with no answer after it: said, as the bank left the answer out. */
  taskOnly?: boolean;
}

// One lettered option a line: `A. …`, `b) …`, `(C) …`.
const OPTION_LINE = /^\s*\(?([a-h])\s*[.)．）:：]\s*\S/iu;

/** A task list of two to eight short items none ticked (`- [ ] def⏎- [ ] func`): a quiz's options, the answer not given. */
const blankTasks = (node: RootContent): node is List =>
  node.type === 'list' &&
  node.children.length >= 2 &&
  node.children.length <= 8 &&
  node.children.every((item) => item.checked === false && item.children.length === 1 && toString(item).length <= 300);

const ASKS = /[?？]\s*$/;

/** A short paragraph that asks, perhaps followed by a word or two more (`Which value will a == b have? Explain.`). */
const asksLast = (node: RootContent): boolean => node.type === 'paragraph' && toString(node).length <= 300 && /[?？]\s*(?:[^\s?？]+(?:\s+[^\s?？]+){0,2})?\s*$/u.test(toString(node).trim());

/** A paragraph of two or more options, one a line, lettered in order from A (`A. …⏎B. …⏎C. …`). */
function optionLines(node: RootContent): boolean {
  if (node.type !== 'paragraph') return false;
  const lines = toString(node).split('\n');
  return lines.length >= 2 && lines.every((line, i) => OPTION_LINE.exec(line)?.[1].toLowerCase() === 'abcdefgh'[i]);
}

// Labels that give a sample of the answer (`**Beispiel:** "Ich habe …"`): an answer, not an aside.
const SAMPLE_LABEL = /^\s*(?:beispiel|muster|example|sample|ejemplo|exemple|esempio|exemplo|пример|例|示例|예시)/iu;

/** A paragraph opening with a bold label (`**Tip:** …`, `**Vorbereitung:** …`, `**STAR:**`) that gives no sample answer. */
function aside(node: RootContent): boolean {
  if (node.type !== 'paragraph') return false;
  const [label, next] = node.children;
  if (label?.type !== 'strong') return false;
  const name = toString(label);
  const colon = /[:：]\s*$/.test(name) || (next?.type === 'text' && /^\s*[:：]/.test(next.value));
  return colon && name.length <= 40 && !SAMPLE_LABEL.test(name);
}

// An item of a form left to fill in: a label over a slot (`**Situation:** [SITUATION]`), or the slot alone.
const BLANK_ITEM = /^[^:：\n]{0,40}[:：]?\s*\[[\p{Lu}\d_ ]+\]\s*$/u;

/** A list whose every item is a blank of a template (`- **Task:** [TASK]`). */
const blankForm = (node: RootContent): node is List => node.type === 'list' && node.children.every((item) => BLANK_ITEM.test(toString(item)));

/**
 * True when a question's body (rules aside) only follows it up: asides labelled as such (`**Hint:** …`,
 * `**Bonus:** …`), or the questions to ask next listed under their label alone (`**Follow-ups:**` over
 * `- Why …?`), as an interviewer's guide has them. Nothing there answers: read as its answer, the
 * follow-ups were the question's card.
 */
export function followUpsOnly(body: RootContent[]): boolean {
  const content = body.filter((node) => node.type !== 'thematicBreak');
  return content.length > 0 && content.every((node, k) => followUpAside(node) || (node.type === 'list' && followUpLabelLine(content[k - 1])));
}

/**
 * A foreign question whose body holds no answer, though it is not empty: a multiple-choice
 * question's options with no answer given anywhere (`## 1. What is …?` over `A. …⏎B. …`), or a
 * template's slot (`[REFLEXION_ANTWORT]`) over the tips that go with it (`**Tip:** …`, a STAR
 * form of slots). The options and tips print with the open question; read as its answer, they made
 * a card reading "A. …" or "[REFLEXION_ANTWORT]". A slot over a sample answer leaves the sample
 * as the answer. Undefined for any other body.
 */
export function unansweredBody(body: RootContent[], asked = ''): UnansweredBody | undefined {
  const content = body.filter((node) => node.type !== 'thematicBreak');
  // `<summary>2. Задача</summary>` over the task alone: the task is what is asked, no answer follows it (an answer label would have marked where it starts).
  if (content.length && TASK_WORD.test(asked) && !hasCardStart(content)) return { prompt: content, answer: [], taskOnly: true };
  // The items the question names as what it asks about (`Describe what each of these tools is for:` over `- grep⏎- xargs`).
  if (content.length === 1 && namesItems(asked) && itemNames(content[0])) return { prompt: content, answer: [] };
  // Statements to judge (`Bewerten sie folgende Aussagen:` over `1. ML ist ein Teilgebiet der KI`): what is asked, however long.
  if (content.length === 1 && JUDGES.test(asked) && content[0].type === 'list' && content[0].children.length >= 2) return { prompt: content, answer: [] };
  // Options ticked as a task list (`- [x] c) …`) give their answer: read elsewhere.
  const unticked = (node: RootContent): boolean => (isOptionList(node) && !node.children.some((item) => item.checked)) || blankTasks(node);
  const options = (node: RootContent): boolean => unticked(node) || optionLines(node);
  if (content.length && content.every(options)) {
    return { prompt: content.map((node) => (node.type === 'paragraph' ? keepLines(node) : node)), answer: [] };
  }
  // The listing the options are about, and the question asked of it, above them (`3. Anna runs this:` over code, `What does it print?`, the options).
  if (content.length > 1 && options(content[content.length - 1]) && content.every((node) => options(node) || node.type === 'code' || (node.type === 'paragraph' && ASKS.test(toString(node))))) {
    return { prompt: content.map((node) => (optionLines(node) && node.type === 'paragraph' ? keepLines(node) : node)), answer: [] };
  }
  // A line that only sets the scene (`Take two variables`), the listing, then the question itself under it
  // (`Which value does a == b have? Explain.`), nothing after: all of it is what is asked, and no answer is given.
  if (!ASKS.test(asked) && content.length > 1 && asksLast(content[content.length - 1]) && content.slice(0, -1).every((node) => node.type === 'code') && !hasCardStart(content)) {
    return { prompt: content, answer: [] };
  }
  // Only what follows the question up (`**Hint:** …`, `**Bonus:** …`): printed with it, the question open.
  if (followUpsOnly(content)) return { prompt: content, answer: [] };
  // Only code left to fill in (`public static void clearOdd(…) {⏎  // TODO⏎}` under `Write code that removes the odd numbers.`): what the task starts from.
  if (content.length && content.every(codeToFill)) return { prompt: content, answer: [] };
  if (content.length < 2 || !isSlot(content[0])) return undefined;
  const rest = content.slice(1);
  return rest.every((node) => aside(node) || blankForm(node)) ? { prompt: rest, answer: [] } : { prompt: [], answer: withoutSampleLabel(rest) };
}

// A comment marking where the reader's code goes (`// TODO`, `# your code here`, `/* 在此实现 */`).
const FILL_HERE = /(?:\/\/|#|--|\/\*)\s*(?:TODO\b|FIXME\b|(?:write |put |add )?your code(?: goes)? here|implement (?:me|this|here)|在此|在这里|在這裡|ここに)/iu;

/** A code block with a place left for the reader's code: a task's starting point, no answer to it. */
const codeToFill = (node: RootContent): boolean => node.type === 'code' && FILL_HERE.test(node.value);

// A question pointing at the items under it, ending in a colon (`… each of these tools …:`,
// `Explain the following commands:`, `Erklären Sie die folgenden Befehle:`), in the languages banks use.
const POINTS_AT =
  /(?:\b(?:these|the following|each of|following)\b|\b(?:folgenden?|diese[nr]?)\b|\b(?:suivante?s|ces)\b|\b(?:siguientes|estos|estas|seguintes|estes)\b|следующ|эти[хм]?|以下|下列|这些|這些|これら|다음)[^:：]*[:：]\s*$/iu;

/** A question asking to judge the statements listed under it ("the following statements", `folgende Aussagen`, `следующие утверждения`, `以下说法`). */
const JUDGES =
  /(?:\b(?:following|these) (?:statements|claims)\b|\b(?:folgenden?|diese) (?:Aussagen|Behauptungen)\b|\baffirmations suivantes\b|\b(?:siguientes afirmaciones|afirmações seguintes|seguintes afirmações)\b|следующие утверждения|以下(?:说法|說法|陈述|陳述)|下列(?:说法|說法|陈述|陳述)|次の記述)/iu;

/** A question that names what it asks about in the list under it. */
const namesItems = (asked: string): boolean => POINTS_AT.test(asked.trim());

/** A list of names only (`- grep`, `- xargs`): three words at most an item, no sentence. */
const itemNames = (node: RootContent): boolean =>
  node.type === 'list' &&
  node.children.length >= 2 &&
  node.children.every((item) => item.children.length === 1 && item.children[0].type === 'paragraph' && /^[^.!?。！？:：]{1,40}$/u.test(toString(item).trim()) && toString(item).trim().split(/\s+/).length <= 3);

/** The answer a slot stood over, without the label that named it a sample (`**Beispiel:** "…"` → `"…"`): on its card the label was noise. */
function withoutSampleLabel(answer: RootContent[]): RootContent[] {
  const [first, ...more] = answer;
  if (first?.type !== 'paragraph') return answer;
  const [label, next, ...after] = first.children;
  if (label?.type !== 'strong' || !SAMPLE_LABEL.test(toString(label)) || !/[:：]\s*$/.test(toString(label))) return answer;
  const text = next?.type === 'text' ? next.value.replace(/^\s+/, '') : undefined;
  const children = text === undefined ? first.children.slice(1) : [...(text ? [{ ...next, value: text }] : []), ...after];
  return children.length ? [{ ...first, children }, ...more] : answer;
}
