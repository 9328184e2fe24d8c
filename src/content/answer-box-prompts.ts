import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { namesAnswer } from './callouts.js';

// A callout's marker line: its kind and title (`> [!NOTE]- Answer`, `> [!question] Why …?`).
const MARKER = /^\[!([\w-]+)\][+-]?[ \t]*([^\n]*)/;
// A statement to judge true or false (`… of the answer set. (T/F)`, `（对/错）`): asked as a question is.
const ASKED = /(?:[?？]|[(（]\s*(?:T\s*\/\s*F|True\s*\/\s*False|对\s*\/\s*错|正确\s*\/\s*错误)\s*[)）])\s*$/i;

/** A quote's callout marker: kind and title, if it opens with one. */
function marker(node: RootContent | undefined): { kind: string; title: string } | undefined {
  const first = node?.type === 'blockquote' ? node.children[0] : undefined;
  const lead = first?.type === 'paragraph' ? first.children[0] : undefined;
  const m = lead?.type === 'text' ? MARKER.exec(lead.value) : null;
  return m ? { kind: m[1], title: m[2].trim() } : undefined;
}

/**
 * A notes page that asks in question boxes (`> [!question] Why …?`) may ask once more in a plain
 * paragraph over a folded answer box (`… answer set. (T/F)` over `> [!NOTE]- Answer`, its homework
 * part): that paragraph is a question too, as the box's title is, asked in a box (callouts.ts).
 */
export function promptsOverAnswerBoxes(tree: Root): Root {
  const nodes = tree.children;
  if (!nodes.some((n) => /^(?:question|faq|quiz)$/i.test(marker(n)?.kind ?? '') && !!marker(n)?.title)) return tree;
  tree.children = nodes.map((node, i) => {
    const box = marker(nodes[i + 1]);
    if (node.type !== 'paragraph' || !box || !namesAnswer(box.title) || !ASKED.test(toString(node))) return node;
    return { type: 'heading', depth: 3, children: node.children, position: node.position, data: { askedInBox: true } as Heading['data'] };
  });
  return tree;
}
