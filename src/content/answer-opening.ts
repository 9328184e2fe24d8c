import type { Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { ANSWER_ALONE } from './layouts/labels.js';

// What opens an answer without being its card: the end of the question, a toggle's label.

/**
 * True when the answer opens with the end of its question: a question ending in a colon ("What
 * does this print, for example:") and then one line of code, the command it asks about. That line
 * is the question's, not the card's; the answer follows it.
 */
export function continuesQuestion(question: string, blocks: RootContent[]): boolean {
  if (!/[:：]\s*$/u.test(question) || blocks.length < 2) return false;
  const [first] = blocks;
  if (first.type === 'code') return !first.value.trim().includes('\n');
  return first.type === 'paragraph' && continuationLine(first);
}

/**
 * One line finishing a question that ended in a colon: a code span alone (`` `typeof null` ``), or
 * a short line of code spans that asks (`` `git reset` or `git revert`? ``).
 */
export function continuationLine(p: Paragraph): boolean {
  if (p.children.length === 1 && p.children[0].type === 'inlineCode') return true;
  const text = toString(p).trim();
  return p.children.some((c) => c.type === 'inlineCode') && !p.children.some((c) => c.type === 'break') && !text.includes('\n') && text.length <= 120 && /[?？]$/.test(text);
}

/**
 * What a toggle holds, when the answer opens with one: a list whose first item starts with an
 * answer label alone on its line (`- Ответ` with the answer indented under it, as note apps
 * export hidden answers). The label goes; the rest of the item is the answer.
 */
export function toggleContent(block: RootContent): RootContent[] | undefined {
  if (block.type !== 'list') return undefined;
  const [head, ...rest] = block.children[0]?.children ?? [];
  if (head?.type !== 'paragraph') return undefined;
  const [labelLine, ...lines] = toString(head).split('\n');
  if (!ANSWER_ALONE.test(labelLine.replace(/[*_]/g, ''))) return undefined;
  const after = lines.length ? dropFirstLine(head) : undefined;
  const content = [...(after ? [after] : []), ...rest];
  return content.length ? content : undefined;
}

/** A paragraph without its first line (up to its first line break). */
function dropFirstLine(p: Paragraph): Paragraph | undefined {
  const children = [...p.children];
  while (children.length) {
    const node = children.shift()!;
    if (node.type === 'break') break;
    if (node.type === 'text' && node.value.includes('\n')) {
      const value = node.value.slice(node.value.indexOf('\n') + 1).trimStart();
      if (value) children.unshift({ ...node, value });
      break;
    }
  }
  return children.length ? { ...p, children } : undefined;
}
