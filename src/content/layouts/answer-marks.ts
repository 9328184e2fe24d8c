import { toString } from 'mdast-util-to-string';
import type { Heading, PhrasingContent, RootContent } from 'mdast';
import { stripMark } from './qa.js';

// "Question:" / "Answer:" labels inside a question, in the languages banks are written in.
const QUESTION_MARK = /^\s*(?:Q|Question|Вопрос|Питання|Pregunta|Frage|问题|問題|问|問)\s*\d{0,4}\s*[:：]\s*/i;
const ANSWER_MARK = /^\s*(?:A|Ans|Answer|Ответ|Відповідь|Respuesta|Antwort|Réponse|答案|回答|答)\s*\d{0,4}\s*[:：]\s*/i;

type Paragraph = Extract<RootContent, { type: 'paragraph' }>;

const startsWith = (node: RootContent | undefined, mark: RegExp): node is Paragraph => node?.type === 'paragraph' && mark.test(toString(node));

/** Phrasing without its leading label: `Answer:`, `**Answer:**` and `**Answer**:` alike. */
function unlabel(children: PhrasingContent[], mark: RegExp): PhrasingContent[] {
  const [first, second, ...rest] = children;
  if ((first?.type === 'strong' || first?.type === 'emphasis') && second?.type === 'text' && !mark.test(toString(first)) && mark.test(toString(first) + second.value)) {
    const value = second.value.replace(/^\s*[:：]\s*/, '');
    return value ? [{ ...second, value }, ...rest] : rest;
  }
  return stripMark(children, mark);
}

/**
 * Takes the labels off a question read from a foreign layout: a `**Question:** …` paragraph under
 * a short heading ("1. Event Loop") completes the question ("Event Loop: …"), and an
 * `**Answer:**` label (alone, or opening the answer, or as the one item of a list) is dropped, as
 * is a rule closing the answer.
 */
export function readMarks(heading: Heading, body: RootContent[]): { heading: Heading; body: RootContent[] } {
  let rest = body;
  let words = heading.children;
  if (startsWith(rest[0], QUESTION_MARK)) {
    const asked = unlabel(rest[0].children, QUESTION_MARK);
    words = toString(heading).trim() ? [...words, { type: 'text', value: ': ' }, ...asked] : asked;
    rest = rest.slice(1);
  }
  const first = rest[0];
  if (startsWith(first, ANSWER_MARK)) {
    const answer = unlabel(first.children, ANSWER_MARK);
    rest = answer.length ? [{ ...first, children: answer }, ...rest.slice(1)] : rest.slice(1);
  } else if (first?.type === 'list' && first.children.length === 1 && startsWith(first.children[0].children[0], ANSWER_MARK)) {
    const [lead, ...more] = first.children[0].children as [Paragraph, ...RootContent[]];
    const answer = unlabel(lead.children, ANSWER_MARK);
    rest = [...(answer.length ? [{ ...lead, children: answer }] : []), ...more, ...rest.slice(1)];
  }
  // A rule after an answer separates it from the next question; it is not part of the answer.
  while (rest.length && rest[rest.length - 1].type === 'thematicBreak') rest = rest.slice(0, -1);
  return { heading: { ...heading, children: words }, body: rest };
}
