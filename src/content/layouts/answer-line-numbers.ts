import { toString } from 'mdast-util-to-string';
import type { List, Paragraph, RootContent } from 'mdast';
import { ANSWER_LABEL } from './labels.js';
import { cutParagraph, lineCuts } from './cut-paragraph.js';

// A quiz typed as numbered questions over their answer lines (`13. …?⏎a) …⏎⏎Resposta: a) print(x)`)
// may glue the next question to an answer line with no blank line between (`Resposta: a) print(x)⏎14. Qual …?`):
// markdown lets only a `1.` break into a paragraph, so question 14 was read as the last line of
// answer 13, and lost as a question. The line that goes on counting opens the next numbered item.

const NUMBERED_LINE = /^(\d{1,3})[.)]\s+\S/;

/** The blocks with each answer line's glued next question (the number after the list above it) cut off as that numbered item. */
export function answerLineNumbers(nodes: RootContent[]): RootContent[] {
  let next: number | undefined;
  return nodes.flatMap((node): RootContent[] => {
    if (node.type === 'list' && node.ordered) {
      next = (node.start ?? 1) + node.children.length;
      return [node];
    }
    if (node.type !== 'paragraph' || next === undefined || !ANSWER_LABEL.test(toString(node))) return [node];
    const pieces = cutParagraph(node, lineCuts(node.children));
    const at = pieces.findIndex((piece, k) => k > 0 && Number(NUMBERED_LINE.exec(toString(piece))?.[1]) === next);
    if (at < 0) return [node];
    const cuts = lineCuts(node.children);
    const [answer, question] = cutParagraph(node, [cuts[at - 1]]);
    const start = next;
    next = undefined;
    const words: Paragraph = { ...question, children: withoutNumber(question) };
    const list: List = { type: 'list', ordered: true, start, spread: false, children: [{ type: 'listItem', spread: false, children: [words], position: question.position }], position: question.position };
    return [answer, list];
  });
}

/** A paragraph's words without the number opening its first line. */
function withoutNumber(p: Paragraph): Paragraph['children'] {
  const [first, ...rest] = p.children;
  return first?.type === 'text' ? [{ ...first, value: first.value.replace(/^\d{1,3}[.)]\s+/, '') }, ...rest] : p.children;
}
