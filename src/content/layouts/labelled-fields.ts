import { toString } from 'mdast-util-to-string';
import type { RootContent } from 'mdast';
import { readMarks } from './answer-marks.js';
import { hasCardStart, markCardStart } from './card-start.js';
import { ANSWER_LABEL, QUESTION_LABEL } from './labels.js';
import { cutParagraph, lineCuts } from './cut-paragraph.js';
import { isLabelled } from '../card-asides.js';

/**
 * A question's fields written as a list (`- **Question**: …⏎- **Topics**: …⏎- **Solution**: …`):
 * its items as paragraphs, so the labels read as they do on paragraphs of their own.
 */
function fieldParagraphs(body: RootContent[]): RootContent[] {
  const [first, ...rest] = body;
  if (first?.type !== 'list' || first.children.length < 2 || !first.children.every((item) => isLabelled(item.children[0]))) return body;
  if (!QUESTION_LABEL.test(toString(first.children[0].children[0]))) return body;
  return [...first.children.flatMap((item) => item.children), ...rest];
}

/**
 * `**Q:** …⏎**A:** …` written as one paragraph, no blank line between: the question's paragraph
 * and the answer's, cut at the line the answer's label opens.
 */
function apartAtAnswer(body: RootContent[]): RootContent[] {
  const [first, ...rest] = body;
  if (first?.type !== 'paragraph') return body;
  const cuts = lineCuts(first.children);
  const at = cutParagraph(first, cuts).findIndex((line, i) => i > 0 && ANSWER_LABEL.test(toString(line)));
  return at > 0 ? [...cutParagraph(first, [cuts[at - 1]]), ...rest] : body;
}

/**
 * A bank read as ours (`###` questions) that writes under each heading what is asked and how it
 * is answered as labelled fields (`**Question:** …` then `**Answer:**` or `**Solution:**`): each
 * such question is read as the foreign layouts read theirs (answer-marks.ts), the heading and
 * the asked words joined, the answer's label taken off and the card made from the answer.
 */
export function labelledQuestions(nodes: RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    out.push(node);
    if (node.type !== 'heading' || node.depth !== 3) continue;
    let end = i + 1;
    while (end < nodes.length && !(nodes[end].type === 'heading' && (nodes[end] as { depth: number }).depth <= 3)) end++;
    const body = apartAtAnswer(fieldParagraphs(nodes.slice(i + 1, end)));
    if (body[0]?.type !== 'paragraph' || !QUESTION_LABEL.test(toString(body[0]))) continue;
    const marked = readMarks(node, body);
    out[out.length - 1] = marked.heading;
    // The answer starts where its label stood (first, when nothing stands between): a card is made from it, as asked.
    const answer = hasCardStart(marked.body) || !marked.body.length ? marked.body : [markCardStart(marked.body[0]), ...marked.body.slice(1)];
    out.push(...answer);
    i = end - 1;
  }
  return out;
}

