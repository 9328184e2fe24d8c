import { toString } from 'mdast-util-to-string';
import type { Heading, RootContent } from 'mdast';

const ASKS = /[?？]\s*$/;

/** The words of a paragraph that is one bold run asking a question of three words or more. */
function boldAsking(node: RootContent | undefined): Heading['children'] | undefined {
  if (node?.type !== 'paragraph') return undefined;
  const kids = node.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  if (kids.length !== 1 || kids[0].type !== 'strong') return undefined;
  const text = toString(kids[0]).trim();
  return ASKS.test(text) && text.split(/\s+/).length >= 3 ? kids[0].children : undefined;
}

/**
 * A bank written in `### Question?` headings (read as ours, with no `> card answer` anywhere)
 * that slips a question in as a bold paragraph between two answers (`**What is a ReplicaSet?**`
 * over its answer): that paragraph is a question of its own, not a line of the answer above.
 * Only between an answer and an answer, in a file whose question headings mostly ask.
 */
export function boldQuestions(nodes: RootContent[]): RootContent[] {
  const questions = nodes.filter((n): n is Heading => n.type === 'heading' && n.depth === 3);
  const marked = nodes.some((n, i) => n.type === 'heading' && n.depth === 3 && nodes[i + 1]?.type === 'blockquote');
  if (marked || questions.length < 2 || questions.filter((h) => ASKS.test(toString(h))).length * 2 < questions.length) return nodes;
  let inQuestion = false;
  return nodes.map((node, i) => {
    if (node.type === 'heading') inQuestion = node.depth === 3;
    const words = inQuestion && i > 0 && nodes[i - 1].type !== 'heading' ? boldAsking(node) : undefined;
    const next = nodes[i + 1];
    if (!words || !next || next.type === 'heading') return node;
    return { type: 'heading', depth: 3, children: words, position: node.position } satisfies Heading;
  });
}
