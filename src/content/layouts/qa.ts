import { toString } from 'mdast-util-to-string';
import type { Heading, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { ANSWER_LABEL, ANSWER_LINE, QUESTION_LABEL } from './labels.js';
import { splitAtQuestions } from './split-questions.js';
import { stripLabel } from './strip-label.js';
import type { Layout, Part } from './types.js';

const isQuestion = (node: RootContent): boolean => node.type === 'paragraph' && QUESTION_LABEL.test(toString(node));

/** Splits `Q: … ⏎ A: …` written as one paragraph at the line that starts with the answer label. */
function splitAtAnswer(children: PhrasingContent[]): { question: PhrasingContent[]; answer?: PhrasingContent[] } {
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    const previous = children[i - 1];
    const lineStart = i === 0 || previous.type === 'break' || (previous.type === 'text' && /\n\s*$/.test(previous.value));
    if (child.type === 'text') {
      const m = ANSWER_LINE.exec(child.value);
      if (m) {
        const before = child.value.slice(0, m.index);
        const after = child.value.slice(m.index + 1);
        return { question: [...children.slice(0, i), ...(before ? [{ ...child, value: before }] : [])], answer: stripLabel([{ ...child, value: after }, ...children.slice(i + 1)], ANSWER_LABEL) };
      }
    }
    if (i > 0 && lineStart && ANSWER_LABEL.test(toString(child) + (children[i + 1] ? toString(children[i + 1]) : ''))) {
      return { question: trimEnd(children.slice(0, i)), answer: stripLabel(children.slice(i), ANSWER_LABEL) };
    }
  }
  return { question: children };
}

function trimEnd(children: PhrasingContent[]): PhrasingContent[] {
  const out = children.filter((c, i) => !(c.type === 'break' && i === children.length - 1));
  const last = out[out.length - 1];
  if (last?.type === 'text') out[out.length - 1] = { ...last, value: last.value.trimEnd() };
  return out;
}

/**
 * `**Q:** … / **A:** …` pairs, plain `Q:` / `A:` lines and `**Q1.** …` paragraphs: a question's
 * answer is everything up to the next question or heading, its `A:` label taken off.
 */
export const qaLayout: Layout = {
  name: 'qa',
  count: (nodes) => splitAtQuestions(nodes).filter(isQuestion).length,
  read(nodes) {
    const parts: Part[] = [];
    let current: { body: RootContent[] } | undefined;
    for (const node of splitAtQuestions(nodes)) {
      if (isQuestion(node)) {
        const { question, answer } = splitAtAnswer(stripLabel((node as Paragraph).children, QUESTION_LABEL));
        // `**Q: the whole question in bold**`: the bold says "question", not emphasis.
        const words = question.length === 1 && question[0].type === 'strong' ? question[0].children : question;
        const heading: Heading = { type: 'heading', depth: 3, children: words, position: node.position };
        current = { body: answer?.length ? [{ type: 'paragraph', children: answer, position: node.position }] : [] };
        parts.push({ kind: 'question', heading, body: current.body });
      } else if (node.type === 'heading') {
        current = undefined;
        parts.push({ kind: 'heading', node });
      } else if (current) {
        // The answer's label goes; a label alone on its line (`**A:**`) goes with its paragraph.
        const labelled = current.body.length === 0 && node.type === 'paragraph' && ANSWER_LABEL.test(toString(node));
        const children = labelled ? stripLabel(node.children, ANSWER_LABEL) : [];
        if (!labelled) current.body.push(node);
        else if (children.length) current.body.push({ ...node, children });
      } else parts.push({ kind: 'content', node });
    }
    return parts;
  },
};
