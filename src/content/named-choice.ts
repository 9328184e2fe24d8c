import type { Paragraph, PhrasingContent, RootContent } from 'mdast';
import { plainText } from './text.js';
import { phrasingLines } from './phrasing-lines.js';

// The letters of a multiple-choice answer, behind its label or alone (a label the layout took off):
// "Ответ: D", "✅ 正确答案：B", "✅ 正确答案：A、B、C", "Answer: A, C", "B".
const CHOICE_ONLY = /^[\p{So}\p{Extended_Pictographic}\uFE0F\s]*(?:[\p{L}][\p{L} ]{0,24}[:：]\s*)?([A-H](?:\s*(?:[,，、/&]|and|和)\s*[A-H])*)[.。]?$/u;

/** True for a paragraph's text that only names options by letter ("Answer: D", "A、B、C"). */
export const namesChoice = (text: string): boolean => CHOICE_ONLY.test(text);

/**
 * A card or an answer that opens with options' letters alone (maybe under the bank's field lines) opens with those options as the
 * question lists them ("B" → "B. Mercury"; "A、B、C" → "A. …; B. …; C. …", as ticked options
 * join), when the options printed with the question (`asked`) have every one of them: a letter
 * alone means nothing on a card studied away from the question.
 */
export function namedChoice(nodes: RootContent[], asked: RootContent[]): RootContent[] {
  // Under the bank's own field lines, if any ("**类型：** 单选题" over "✅ 正确答案：B").
  const at = nodes.findIndex((node) => !fieldLine(node));
  const first = nodes[at];
  const m = first?.type === 'paragraph' ? CHOICE_ONLY.exec(plainText(first).trim()) : null;
  if (!m) return nodes;
  // Options as list items, or as lines of one paragraph (`a) …⏎b) …`).
  const options = asked.flatMap((n): PhrasingContent[][] =>
    n.type === 'list' ? n.children.flatMap((li) => (li.children[0]?.type === 'paragraph' ? [li.children[0].children] : [])) : n.type === 'paragraph' ? phrasingLines(n.children) : [],
  );
  const named = m[1].match(/[A-H]/g)!.map((letter) => {
    const opens = new RegExp(`^\\s*[(\\[]?\\s*${letter}\\s*[.)\\]．）:：]`, 'i');
    return options.find((words) => opens.test(plainText(paragraph(words))));
  });
  if (!named.every(Boolean)) return nodes;
  const words = (named as PhrasingContent[][]).flatMap((option, i): PhrasingContent[] => (i ? [{ type: 'text', value: '; ' }, ...option] : option));
  return [...nodes.slice(0, at), paragraph(words), ...nodes.slice(at + 1)];
}

/** A bank's field line: one short line opening with a bold label (`**类型：** 单选题`, `**Type:** single choice`). */
function fieldLine(node: RootContent): boolean {
  if (node.type !== 'paragraph' || node.children[0]?.type !== 'strong' || phrasingLines(node.children).length !== 1) return false;
  const text = plainText(node).trim();
  return /[:：]\s*$/.test(plainText({ type: 'paragraph', children: [node.children[0]] })) && text.length <= 40 && !CHOICE_ONLY.test(text);
}

const paragraph = (children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
