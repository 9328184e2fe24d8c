import { toString } from 'mdast-util-to-string';
import type { Heading, ListItem, Paragraph, RootContent } from 'mdast';
import { numberedLines } from './numbered-lines.js';
import { withoutNumber } from './question-number.js';
import type { Layout, Part } from './types.js';

// Ends like a question in the scripts banks are written in (Latin, Cyrillic, CJK, Arabic, Greek).
const ASKS = /[?？؟\u037e]\s*\**\s*$/;

/** The question a list item opens with: its first paragraph, when it reads as one (asks, or is all bold). */
function questionOf(item: ListItem): Paragraph | undefined {
  const first = item.children[0];
  if (first?.type !== 'paragraph') return undefined;
  const text = toString(first).trim();
  if (!text || text.length > 500) return undefined;
  const bold = first.children.length === 1 && first.children[0].type === 'strong';
  return ASKS.test(text) || bold ? first : undefined;
}

/** A list of questions: most of its items read as questions (a section may hold one). */
function questionList(node: RootContent): boolean {
  if (node.type !== 'list') return false;
  return node.children.filter((item) => questionOf(item)).length * 2 >= node.children.length;
}

/**
 * Questions as items of a list (`1. What is a pod?` with the answer indented under it, or no
 * answer at all: a list of questions to study), or as numbered lines of a paragraph
 * (`1⇥What is a pod?`). Headings over the lists are sections.
 */
export const listQuestionsLayout: Layout = {
  name: 'list-questions',
  count: (nodes) => nodes.reduce((n, node) => n + (questionList(node) ? (node as { children: ListItem[] }).children.length : (numberedLines(node)?.length ?? 0)), 0),
  read(nodes) {
    const parts: Part[] = [];
    for (const node of nodes) {
      const lines = numberedLines(node);
      if (lines) {
        // A column of numbered questions, one a line: open questions.
        for (const line of lines) parts.push({ kind: 'question', heading: { type: 'heading', depth: 3, children: line.children, position: line.position }, body: [] });
      } else if (node.type === 'list' && questionList(node)) {
        for (const item of node.children) {
          const paragraph = questionOf(item);
          // An item that does not ask (a statement to explain) is still one of the list's questions.
          const [first, ...body] = item.children as [RootContent, ...RootContent[]];
          const words = paragraph ?? (first?.type === 'paragraph' ? first : undefined);
          if (!words) {
            parts.push({ kind: 'content', node: { ...node, children: [item], position: item.position } });
            continue;
          }
          const children = words.children.length === 1 && words.children[0].type === 'strong' ? words.children[0].children : words.children;
          const heading: Heading = { type: 'heading', depth: 3, children: withoutNumber(children), position: item.position };
          parts.push({ kind: 'question', heading, body });
        }
      } else if (node.type === 'heading') parts.push({ kind: 'heading', node });
      else parts.push({ kind: 'content', node });
    }
    return parts;
  },
};
