import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

// A bank exported from a notes app may head each question and each answer with its label
// (`## Question⏎What is a partition?⏎## Answer⏎An ordered log…`): the label headings carry no words of
// their own, the question is the paragraph under the first.

const QUESTION_HEADING = /^\s*(?:question|q|frage|pregunta|pergunta|вопрос|питання|问题|問題|질문)\s*[:：]?\s*$/iu;
const ANSWER_HEADING = /^\s*(?:answer|a|solution|antwort|respuesta|resposta|réponse|ответ|відповідь|答案|回答|답변)\s*[:：]?\s*$/iu;

/**
 * Question and answer label headings (two questions at least) as the questions they head: a
 * `Question` heading with the paragraph under it becomes a heading of that paragraph's words; an
 * `Answer` heading goes, its text staying as the answer. Other nodes as they are.
 */
export function labelHeadings(nodes: RootContent[]): RootContent[] {
  const asks = (n: RootContent | undefined): n is Heading => n?.type === 'heading' && QUESTION_HEADING.test(toString(n));
  if (nodes.filter((n, i) => asks(n) && nodes[i + 1]?.type === 'paragraph').length < 2) return nodes;
  const out: RootContent[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    const next = nodes[i + 1];
    if (asks(node) && next?.type === 'paragraph') {
      out.push({ ...node, children: next.children, position: next.position });
      i++;
    } else if (!(node.type === 'heading' && ANSWER_HEADING.test(toString(node)))) out.push(node);
  }
  return out;
}
