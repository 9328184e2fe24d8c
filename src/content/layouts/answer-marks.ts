import { unquoted } from './unquoted.js';
import { levelMark } from './level-marks.js';
import type { Level } from '../../model/deck.js';
import { quizResultAnswer } from './quiz-result.js';
import { toString } from 'mdast-util-to-string';
import type { Heading, List, RootContent } from 'mdast';
import { cardStartIndex, markCardStart } from './card-start.js';
import { continuationLine } from '../answer-opening.js';
import { markOptions, taskOptions } from '../option-lists.js';
import { labelAlone, stripLabel } from './strip-label.js';
import { ANSWER_ALONE, ANSWER_LABEL as ANSWER_MARK, ANSWER_NAMED, answerSummary, OPTION_LINES, QUESTION_LABEL as QUESTION_MARK, TASK_LABEL } from './labels.js';
import { lineText } from '../line-text.js';
import { fencedQuestion } from './fenced-question.js';

// `<details><summary>Answer</summary>` opening an HTML node, and what follows it in the node.
const ANSWER_DETAILS = /^\s*<details\b[^>]*>\s*<summary\b[^>]*>([\s\S]*?)<\/summary>/i;

type Paragraph = Extract<RootContent, { type: 'paragraph' }>;

const separator = (node: RootContent): boolean => node.type === 'thematicBreak' || (node.type === 'html' && /^(?:\s*<br\s*\/?>)+\s*$/i.test(node.value));

const startsWith = (node: RootContent | undefined, mark: RegExp): node is Paragraph => node?.type === 'paragraph' && mark.test(toString(node));

/** What goes between a short heading and the question under it: "Event Loop: …", "…区别？什么时候…". */
export function joiner(heading: string): string {
  const wide = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u.test(heading.replace(/[？?：:]$/, ''));
  if (/[?？:：]$/.test(heading)) return wide ? '' : ' ';
  return wide ? '：' : ': ';
}

// `Card 12`, `Flashcard 3`, `Item #7`: one word and a number, a heading that only counts.
const COUNTED = /^\s*\p{L}+\s*#?\s*\d{1,4}\s*[.:)：]?\s*$/u;

/** A paragraph all in bold right over a task list of options, some ticked and some not: the question asked above its options. */
function boldOverOptions(rest: RootContent[]): Paragraph | undefined {
  const [first, list] = rest;
  if (first?.type !== 'paragraph' || list?.type !== 'list' || !taskOptions(list)) return undefined;
  const bold = first.children.every((c) => c.type === 'strong' || (c.type === 'text' && !c.value.trim())) && first.children.some((c) => c.type === 'strong');
  return bold ? first : undefined;
}

/**
 * Takes the labels off a question read from a foreign layout: a `**Question:** …` paragraph under
 * a short heading ("1. Event Loop") completes the question ("Event Loop: …"), and an
 * `**Answer:**` label (alone, or opening the answer, or as the one item of a list) is dropped, as
 * is a rule closing the answer.
 */
export function readMarks(heading: Heading, body: RootContent[]): { heading: Heading; body: RootContent[] } {
  // A quiz kept with its results (`- Your Answer: …⏎- Correct Answer: …`): the right answer is the answer.
  let rest = quizResultAnswer(body) ?? body;
  // `1. **Question:** What is …?`: the label goes, the question stays.
  const unlabelled = QUESTION_MARK.test(toString(heading)) ? stripLabel(heading.children, QUESTION_MARK) : heading.children;
  let words = toString({ type: 'paragraph', children: unlabelled }).trim() ? unlabelled : heading.children;
  const hidden = hiddenAnswer(rest);
  let bold: Paragraph | undefined;
  // Asked after a `Q:` label: a bare `A:` further down is its pair.
  let paired = false;
  let level: Level | undefined;
  if (hidden) {
    // "### 1. Anchors", "What do `^` and `$` mean?", then the answer behind a "Show answer" block.
    words = toString(heading).trim() ? [...words, { type: 'text', value: joiner(toString(heading).trim()) }, ...hidden.asked] : hidden.asked;
    rest = hidden.answer;
  } else if (startsWith(rest[0], QUESTION_MARK) || (startsWith(rest[0], TASK_LABEL) && !asksItself(heading))) {
    paired = true;
    let asked = stripLabel(rest[0].children, QUESTION_MARK.test(toString(rest[0])) ? QUESTION_MARK : TASK_LABEL);
    // `**Q: Describe Go**`, the label and its question in one bold run: the bold only said "question".
    const kept = asked.filter((c) => !(c.type === 'text' && !c.value.trim()));
    if (kept.length === 1 && kept[0].type === 'strong') asked = kept[0].children;
    rest = rest.slice(1);
    // `**Question:**` alone over the question in a quote: the quote is what is asked.
    const quoted = !asked.length ? quotedQuestion(rest[0]) : undefined;
    if (quoted) ({ asked, rest } = { asked: quoted.asked, rest: [...quoted.more, ...rest.slice(1)] });
    if (!toString({ type: 'paragraph', children: asked }).trim()) asked = [];
    // A heading that only counts the questions (`### Card 12`) adds nothing to what is asked.
    const counted = COUNTED.test(toString(heading));
    // A level marked on the topic heading (`### 1.1 Build tools [middle+]` over `**Q:** …`): the question's level, not words it asks.
    const mark = asked.length ? levelMark(words) : undefined;
    if (mark && !mark.stars) ({ words, level } = { words: mark.children, level: mark.level });
    words = !asked.length ? words : toString(heading).trim() && !counted && !repeats(asked, words) ? [...words, { type: 'text', value: joiner(toString(heading).trim()) }, ...asked] : asked;
  } else if ((bold = boldOverOptions(rest))) {
    // "### Question 1: Release Cadence" over "**Which habit …?**" and its ticked options: the bold line is the question.
    const asked = bold.children.flatMap((c) => (c.type === 'strong' ? c.children : [c]));
    words = toString(heading).trim() ? [...words, { type: 'text', value: joiner(toString(heading).trim()) }, ...asked] : asked;
    rest = [markOptions(rest[1] as List), ...rest.slice(2)];
  } else if (!toString(heading).trim()) {
    // A heading that was only a number: the question is written below it.
    const below = questionBelow(rest);
    // Asked under its number, the question pairs with the answer's label below it as `Q:` does (`##Pergunta 2`, the
    // question, a hint or a listing, then `R:` over the answer): the card is made from that label on.
    if (below) ({ asked: words, rest, paired } = { ...below, paired: true });
    // Nothing asks in words (`## 3` over a listing and its answer): the heading's number is the question's words.
    else {
      const numberText = (heading.data as { numberText?: string } | undefined)?.numberText;
      if (numberText) words = [{ type: 'text', value: numberText }];
    }
  }
  // "…, for example:" over a line of code that finishes asking (`` `[] + {}`? ``): that line is the question's.
  const asked = toString({ type: 'paragraph', children: words }).trim();
  if (/[:：]$/.test(asked) && rest.length > 1 && rest[0].type === 'paragraph' && continuationLine(rest[0])) {
    words = [...words, { type: 'text', value: ' ' }, ...rest[0].children];
    rest = rest.slice(1);
  }
  rest = revealed(rest) ?? rest;
  rest = labelledBelow(rest, paired) ?? rest;
  // `#### **Answer:**` over the answer: a heading that only says "answer" goes.
  if (rest[0]?.type === 'heading' && ANSWER_ALONE.test(toString(rest[0]))) rest = rest.slice(1);
  // `**Answer**` alone on the answer's first line (or as its first paragraph, over a table): the label goes.
  const alone = rest[0]?.type === 'paragraph' ? labelAlone(rest[0].children) : undefined;
  if (alone) rest = alone.length ? [{ ...(rest[0] as Paragraph), children: alone }, ...rest.slice(1)] : rest.slice(1);
  const first = rest[0];
  if (startsWith(first, ANSWER_MARK) && !OPTION_LINES.test(lineText(first))) {
    const answer = stripLabel(first.children, ANSWER_MARK);
    rest = answer.length ? [{ ...first, children: answer }, ...rest.slice(1)] : rest.slice(1);
  } else if (first?.type === 'list' && first.children.length === 1 && startsWith(first.children[0].children[0], ANSWER_MARK)) {
    const [lead, ...more] = first.children[0].children as [Paragraph, ...RootContent[]];
    const answer = stripLabel(lead.children, ANSWER_MARK);
    rest = [...(answer.length ? [{ ...lead, children: answer }] : []), ...more, ...rest.slice(1)];
  } else if (first?.type === 'list' && startsWith(first.children[0]?.children[0], ANSWER_NAMED)) {
    // `- answer: …⏎- why: …` (or `- answer:` over the items that answer): the label goes, and an item left empty.
    const [item, ...items] = first.children;
    const [lead, ...more] = item.children as [Paragraph, ...RootContent[]];
    const answer = stripLabel(lead.children, ANSWER_NAMED);
    const kept = [...(answer.length ? [{ ...lead, children: answer }] : []), ...more];
    rest = [{ ...first, children: kept.length ? [{ ...item, children: kept as typeof item.children }, ...items] : items }, ...rest.slice(1)];
  }
  // A question that asks over a task list of options, some ticked (`## Q: Which of these …?` over `- [x] …`/`- [ ] …`):
  // its options, the ticked ones the answer, as under a question asked in bold.
  const [lead] = rest;
  if (!bold && lead?.type === 'list' && taskOptions(lead) && /[?？]\s*$/.test(toString({ type: 'paragraph', children: words }))) rest = [markOptions(lead), ...rest.slice(1)];
  // A rule (or a `<br />` alone) after an answer separates it from the next question; it is not part of the answer.
  // So is a heading left empty at its end (`#### References` with nothing under it, a template's blank part).
  while (rest.length && (separator(rest[rest.length - 1]) || rest[rest.length - 1].type === 'heading')) rest = rest.slice(0, -1);
  return { heading: { ...heading, children: words, ...(level ? { data: { ...heading.data, level } as Heading["data"] } : {}) }, body: rest };
}

/** A heading that asks on its own (`### How would you …?`): a `Task:` under it is part of its answer, not what it asks. */
const asksItself = (heading: Heading): boolean => /[?？]\s*$/.test(toString(heading));

/** True when what is asked opens with the heading's words ("Design a Crawler" over "Design a crawler that …?"): the heading adds nothing. */
function repeats(asked: Paragraph['children'], heading: Paragraph['children']): boolean {
  const words = (children: Paragraph['children']) => toString({ type: 'paragraph', children }).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const title = words(heading);
  return title.length > 0 && words(asked).startsWith(title);
}

/** The question a quote gives (`> "Design a crawler…?"`), its quotation marks taken off, and what else the quote holds. */
function quotedQuestion(node: RootContent | undefined): { asked: Paragraph['children']; more: RootContent[] } | undefined {
  if (node?.type !== 'blockquote' || node.children[0]?.type !== 'paragraph') return undefined;
  const [first, ...more] = node.children as [Paragraph, ...RootContent[]];
  return { asked: unquoted(first.children), more };
}

/**
 * A question paragraph followed by its answer in a `<details>` block whose summary only says
 * "Answer" (or "Show answer", "答案"): the paragraph and the block's content, without its tags.
 */
function hiddenAnswer(body: RootContent[]): { asked: Paragraph['children']; answer: RootContent[] } | undefined {
  const [asked, block] = body;
  if (asked?.type !== 'paragraph' || block?.type !== 'html' || !answerDetails(block.value)) return undefined;
  return { asked: asked.children, answer: revealed(body.slice(1)) ?? [] };
}

/** The summary of a `<details>` block that only names the answer ("Show answer", "查看答案"), if it opens one. */
function answerDetails(html: string): RegExpExecArray | undefined {
  const m = ANSWER_DETAILS.exec(html);
  return m && answerSummary(m[1].replace(/<[^>]*>/g, '')) ? m : undefined;
}

/**
 * An answer with a "Show answer" block in it, the block's tags taken off: on paper nothing is
 * hidden. What stands above the block (the options of a multiple-choice question, its listing)
 * stays above it, and the card is made from the block's content.
 */
function revealed(body: RootContent[]): RootContent[] | undefined {
  const at = body.findIndex((n) => n.type === 'html' && answerDetails(n.value));
  if (at < 0) return undefined;
  const block = body[at] as Extract<RootContent, { type: 'html' }>;
  const answer: RootContent[] = [];
  const inside = block.value.slice(answerDetails(block.value)![0].length);
  // `<details><summary>Answer</summary><p>` with the answer as markdown after it: a bare `<p>` is no content.
  if (!bareTags(inside)) answer.push({ ...block, value: inside });
  answer.push(...body.slice(at + 1));
  // The block's closing tag goes, alone or at the end of a piece of HTML (a rule may follow it).
  let close = answer.length - 1;
  while (close >= 0 && !(answer[close].type === 'html' && /<\/details>\s*$/i.test((answer[close] as { value: string }).value))) close--;
  if (close >= 0) {
    const last = answer[close] as Extract<RootContent, { type: 'html' }>;
    const value = last.value.replace(/<\/details>\s*$/i, '');
    if (!bareTags(value)) answer[close] = { ...last, value };
    else answer.splice(close, 1);
  }
  // The block opening with a heading that gives the answer (`### ✅ 正确答案：B`): that is the
  // answer's first line, not a heading a card would pass over; a label alone (`### ✅ 答案`) goes.
  const lead = answer[0];
  if (lead?.type === 'heading' && ANSWER_HEADING.test(toString(lead))) {
    if (toString(lead).replace(ANSWER_HEADING, '').trim()) answer[0] = { type: 'paragraph', children: lead.children, position: lead.position };
    else answer.shift();
  }
  if (at > 0 && answer.length) answer[0] = markCardStart(answer[0]);
  return [...body.slice(0, at), ...answer];
}

/** HTML that prints nothing: only paragraph and line-break tags around white space. */
const bareTags = (html: string): boolean => !html.replace(/<\/?(?:p|br)\b[^>]*>/gi, '').trim();

// A heading that gives the answer, or only says "answer": `✅ 正确答案：B`, `Correct answer: B`, `答案`.
const ANSWER_HEADING = /^[\p{Extended_Pictographic}\p{So}\uFE0F\u200D\s]*(?:(?:the )?(?:correct |right )?answer|правильный ответ|ответ|respuesta(?: correcta)?|resposta(?: correta)?|(?:richtige )?antwort|正确答案|参考答案|答案|정답|답변)\s*[:：]?\s*/iu;

// A heading that names the question written under it ("### 题目", "### Question"), as quiz banks
// put under a heading that is only the question's number.
const QUESTION_HEADING = /^[\p{P}\p{S}\s]*(?:question|task|problem|statement|вопрос|задача|задание|условие|pregunta|enunciado|pergunta|enunciato|énoncé|enonce|frage|aufgabe|aufgabenstellung|题目|问题|問題|질문|문제)[\p{P}\p{S}\s]*$/iu;

/**
 * The question under a heading that was only its number (`## Question 1`, `## 第 1 题`): the
 * paragraph under a heading naming it, else a `**Question:**` paragraph, else the first
 * paragraph above the answer. The rest stays in the answer, where it was.
 */
function questionBelow(body: RootContent[]): { asked: Paragraph['children']; rest: RootContent[] } | undefined {
  // `## #1` over `#### Explain how TCP differs from UDP.` (a deeper heading that asks or bids, not a part's name): that heading asks.
  const [top] = body;
  // So does one standing alone under the number (`# Question 2.` over `### Name two …`, the answers kept in another file), asking or naming its topic.
  const alone = body.length === 1 && toString(top).trim();
  if (top?.type === 'heading' && (ASKING_HEADING.test(toString(top)) || alone) && !QUESTION_HEADING.test(toString(top)) && !ANSWER_ALONE.test(toString(top))) {
    return { asked: top.children, rest: body.slice(1) };
  }
  const named = body.findIndex((n) => n.type === 'heading' && QUESTION_HEADING.test(toString(n)));
  if (named >= 0 && body[named + 1]?.type === 'paragraph') {
    return { asked: (body[named + 1] as Paragraph).children, rest: [...body.slice(0, named), ...body.slice(named + 2)] };
  }
  // `## Question no 1` over `- What does yield do?`: the question written as a list of one item, its styling.
  if (top?.type === 'list' && top.children.length === 1 && top.children[0].children.length === 1 && top.children[0].children[0].type === 'paragraph') {
    return { asked: top.children[0].children[0].children, rest: body.slice(1) };
  }
  const labelled = body.findIndex((n) => startsWith(n, QUESTION_MARK));
  // Only a paragraph above the answer's own block (`<details><summary>Answer</summary>`) asks: one inside it is the answer.
  const hidden = body.findIndex((n) => n.type === 'html' && answerDetails(n.value));
  // So does one above the answer's label (`答案: …`, `Answer:` alone): that paragraph is the answer.
  const answered = body.findIndex((n) => answerOpening(n));
  const first = body.findIndex((n) => n.type === 'paragraph');
  const at = labelled >= 0 ? labelled : (hidden >= 0 && first > hidden) || (answered >= 0 && first >= answered) ? -1 : first;
  // Nothing asks in a paragraph: a code box with no language may hold the question in words (fenced-question.ts).
  const fenced = labelled < 0 ? fencedQuestion(top) : undefined;
  if (fenced && (at < 0 || at > 0)) return { asked: [{ type: 'text', value: fenced }], rest: body.slice(1) };
  if (at < 0) return undefined;
  const asked = (body[at] as Paragraph).children;
  return { asked: labelled >= 0 ? stripLabel(asked, QUESTION_MARK) : asked, rest: [...body.slice(0, at), ...body.slice(at + 1)] };
}

/** A paragraph that opens the answer with its label (`答案: …`, `**Answer**` alone on its line). */
const answerOpening = (node: RootContent): boolean =>
  node.type === 'paragraph' && ((ANSWER_MARK.test(toString(node)) && !OPTION_LINES.test(lineText(node))) || ANSWER_ALONE.test(toString(node)) || !!labelAlone(node.children));

// A heading that asks (`…?`) or bids in a sentence with its full stop (`…설명해주세요.`, `Explain X.`).
const ASKING_HEADING = /(?:[?？]|[^.\s]{2,}[.。])\s*$/u;

/**
 * An answer whose answer proper comes below a hint (a "Tip" box, then a box headed "Answer"):
 * the block (a paragraph, a quote, or a list of one item) that opens with an answer label alone
 * on its line (`**Answer**⏎…`) or a named label (`Answer: …`, `**回答例**：…`) loses the label,
 * and the card is made from it on.
 */
function labelledBelow(body: RootContent[], paired: boolean): RootContent[] | undefined {
  if (cardStartIndex(body) > 0) return undefined;
  for (let i = 1; i < body.length; i++) {
    const node = body[i];
    const quoted = node.type === 'blockquote' && node.children[0]?.type === 'paragraph' ? node.children[0] : undefined;
    // `- **回答例**：⏎  「…」`: a sample answer set as a list of one item; the list is its styling.
    const item = node.type === 'list' && node.children.length === 1 && node.children[0].children[0]?.type === 'paragraph' ? node.children[0] : undefined;
    const paragraph = node.type === 'paragraph' ? node : (quoted ?? (item?.children[0] as Paragraph | undefined));
    const children = paragraph && withoutAnswerLabel(paragraph.children, paired);
    if (!paragraph || !children) continue;
    const kept = { ...paragraph, children };
    if (item) {
      const [lead, ...more] = children.length ? [kept, ...item.children.slice(1)] : item.children.slice(1);
      if (!lead) return undefined;
      return [...body.slice(0, i), markCardStart(lead), ...more, ...body.slice(i + 1)];
    }
    const marked: RootContent =
      node.type === 'blockquote' ? { ...node, children: children.length ? [kept, ...node.children.slice(1)] : node.children.slice(1) } : children.length ? kept : body[i + 1];
    if (!marked) return undefined;
    const after = node.type !== 'blockquote' && !children.length ? body.slice(i + 2) : body.slice(i + 1);
    return [...body.slice(0, i), markCardStart(marked), ...after];
  }
  return undefined;
}

/** Phrasing that is one bold run and nothing else (spaces aside). */
const boldAlone = (children: Paragraph['children']): boolean => {
  const kept = children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  return kept.length === 1 && kept[0].type === 'strong';
};

/** Phrasing without an answer label that opens it: alone on its first line (`**Answer**⏎…`), or named (`Answer: …`). */
function withoutAnswerLabel(children: Paragraph['children'], paired: boolean): Paragraph['children'] | undefined {
  const end = children.findIndex((c) => c.type === 'break' || (c.type === 'text' && c.value.includes('\n')));
  if (end >= 0) {
    const below = labelAlone(children);
    if (below) return below;
  }
  // `**Answer**` (`**Ответ**`, `**答案**`) in bold, alone on its line, no colon: a label over the answer's blocks.
  const bare = end < 0 && boldAlone(children) ? labelAlone(children) : undefined;
  if (bare) return bare;
  const text = toString({ type: 'paragraph', children });
  if (ANSWER_NAMED.test(text)) return stripLabel(children, ANSWER_NAMED);
  // `A: …` under a `Q: …` and its listing (`**Q:** What does this print?`, the code, `**A:** …`).
  if (paired && ANSWER_MARK.test(text) && !OPTION_LINES.test(lineText({ type: 'paragraph', children }))) return stripLabel(children, ANSWER_MARK);
  return undefined;
}

