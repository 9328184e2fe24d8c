import { toString } from 'mdast-util-to-string';
import type { Heading, Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { Layout, Part } from './types.js';

// `**Q:**`, `Q:`, `Q1.`, `**Question:**` at the start of a paragraph; `A:`/`Answer:` likewise.
const Q_MARK = /^\s*(?:Q|Question)\s*\d{0,4}\s*[:.]\s*/i;
const A_MARK = /^\s*(?:A|Answer)\s*\d{0,4}\s*[:.]\s*/i;

const isQuestion = (node: RootContent): boolean => node.type === 'paragraph' && Q_MARK.test(toString(node));

/** Removes a leading marker from phrasing, looking into a bold or italic first run. */
export function stripMark(children: PhrasingContent[], mark: RegExp): PhrasingContent[] {
  const [first, ...rest] = children;
  if (!first) return children;
  if (first.type === 'text') {
    const value = first.value.replace(mark, '');
    return value ? [{ ...first, value }, ...rest] : trimStart(rest);
  }
  if ((first.type === 'strong' || first.type === 'emphasis') && mark.test(toString(first))) {
    const inner = stripMark(first.children, mark);
    return inner.length ? [{ ...first, children: inner }, ...rest] : trimStart(rest);
  }
  return children;
}

function trimStart(children: PhrasingContent[]): PhrasingContent[] {
  const [first, ...rest] = children;
  if (first?.type !== 'text') return children;
  const value = first.value.trimStart();
  return value ? [{ ...first, value }, ...rest] : rest;
}

/** Splits `Q: … ⏎ A: …` written as one paragraph at the line that starts with the answer marker. */
function splitAtAnswer(children: PhrasingContent[]): { question: PhrasingContent[]; answer?: PhrasingContent[] } {
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    const lineStart = i === 0 || (children[i - 1].type === 'text' && /\n\s*$/.test((children[i - 1] as { value: string }).value)) || children[i - 1].type === 'break';
    if (child.type === 'text') {
      const m = /\n\s*(?:A|Answer)\s*\d{0,4}\s*[:.]/i.exec(child.value);
      if (m) {
        const before = child.value.slice(0, m.index);
        const after = child.value.slice(m.index + 1);
        return { question: [...children.slice(0, i), ...(before ? [{ ...child, value: before }] : [])], answer: stripMark([{ ...child, value: after }, ...children.slice(i + 1)], A_MARK) };
      }
    }
    if (i > 0 && lineStart && A_MARK.test(toString(child))) return { question: trimEnd(children.slice(0, i)), answer: stripMark(children.slice(i), A_MARK) };
  }
  return { question: children };
}

function trimEnd(children: PhrasingContent[]): PhrasingContent[] {
  const out = children.filter((c, i) => !(c.type === 'break' && i === children.length - 1));
  const last = out[out.length - 1];
  if (last?.type === 'text') out[out.length - 1] = { ...last, value: last.value.trimEnd() };
  return out;
}

/** `**Q:** … / **A:** …` pairs and plain `Q:` / `A:` lines; the answer runs to the next question or heading. */
export const qaLayout: Layout = {
  name: 'qa',
  count: (nodes) => nodes.filter(isQuestion).length,
  read(nodes) {
    const parts: Part[] = [];
    let current: { heading: Heading; body: RootContent[]; answered: boolean } | undefined;
    for (const node of nodes) {
      if (isQuestion(node)) {
        const { question, answer } = splitAtAnswer(stripMark((node as Paragraph).children, Q_MARK));
        // `**Q: the whole question in bold**`: the bold says "question", not emphasis.
        const words = question.length === 1 && question[0].type === 'strong' ? question[0].children : question;
        const heading: Heading = { type: 'heading', depth: 3, children: words, position: node.position };
        const body: RootContent[] = answer?.length ? [{ type: 'paragraph', children: answer, position: node.position }] : [];
        current = { heading, body, answered: !!answer };
        parts.push({ kind: 'question', heading, body });
      } else if (node.type === 'heading') {
        current = undefined;
        parts.push({ kind: 'heading', node });
      } else if (current && (current.answered || (node.type === 'paragraph' && A_MARK.test(toString(node))))) {
        current.body.push(!current.answered && node.type === 'paragraph' ? { ...node, children: stripMark(node.children, A_MARK) } : node);
        current.answered = true;
      } else parts.push({ kind: 'content', node });
    }
    return parts;
  },
};
