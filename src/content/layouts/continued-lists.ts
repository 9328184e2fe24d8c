import { toString } from 'mdast-util-to-string';
import type { List, ListItem, RootContent } from 'mdast';
import { ASKS, itemsOf, PROMPT_START } from './list-items.js';
import { promptText } from './numbered-lines.js';

// What may stand between a list of questions and the rest of it: an answer's paragraphs, code and quotes.
const BETWEEN = new Set<RootContent['type']>(['paragraph', 'code', 'blockquote']);
// …and between numbered lists, a bulleted list of the answer's points, where the next list's number carries on the count.

/**
 * A list of questions broken inside an answer by a block at the margin (`- Explain what a thread
 * is.⏎A thread is …⏎⏎spawn(work)⏎⏎Threads share memory.⏎⏎- Explain what a mutex is.`): markdown
 * ends the list at the block, so the answer's last paragraphs stood between two lists, and the
 * list after them, its prompts mostly unanswered and written without "?", asked nothing of its
 * own. So did a bulleted list of the answer's points between numbered ones (`3. Phân biệt A và B⏎   …⏎⏎- Ví dụ: …⏎⏎4. …`),
 * the count carrying on over it. Each list so broken → the list that carries it on. `asks(item)`: the item reads as a
 * question where it stands.
 */
export function continuedLists(nodes: RootContent[], asking: Set<RootContent>, asks: (item: ListItem) => boolean): Map<RootContent, List> {
  const carried = new Map<RootContent, List>();
  const questions = new Set(asking);
  for (const [i, node] of nodes.entries()) {
    if (node.type !== 'list') continue;
    // A bulleted list at the margin (the answer's points) may stand between numbered ones whose count it does not break.
    const points = (n: RootContent) => n.type === 'list' && !n.ordered && node.ordered;
    let j = i - 1;
    while (j >= 0 && (BETWEEN.has(nodes[j].type) || points(nodes[j]))) j--;
    const before = nodes[j];
    if (j === i - 1 || before?.type !== 'list' || !questions.has(before) || before.ordered !== node.ordered) continue;
    const between = nodes.slice(j + 1, i);
    if (between.some(points) && node.start !== (before.start ?? 1) + before.children.length) continue;
    // A line naming the next group (`Advanced`, `**Tooling:**`) parts two lists; a line that asks is a question of its own.
    if (titleLine(nodes[i - 1]) || between.some((n) => n.type === 'paragraph' && toString(n).split('\n').some((line) => ASKS.test(line.trim())))) continue;
    // The answer went on past the break: the last question answers on its lines.
    const end = before.children[before.children.length - 1];
    const pieces = end ? itemsOf(end) : [];
    if ((pieces[pieces.length - 1]?.children.length ?? 0) < 2) continue;
    const items = node.children.flatMap(itemsOf);
    if (!items.every((item) => asks(item) || prompt(item))) continue;
    carried.set(before, node);
    questions.add(node);
  }
  return carried;
}

/** An item that is one line opening as a prompt does (`Name the loop Go has.`, `Explain what a slice is.`). */
function prompt(item: ListItem): boolean {
  const [first] = item.children;
  const text = first?.type === 'paragraph' ? toString(first).trim() : '';
  return promptText(text) && PROMPT_START.test(text);
}

/** A short line with no sentence in it and nothing of code (`Advanced`, `Tooling:`): a group's name, not an answer's words. */
function titleLine(node: RootContent): boolean {
  if (node.type !== 'paragraph') return false;
  const text = toString(node).trim();
  return !text.includes('\n') && text.length <= 60 && (/[:：]$/.test(text) || (!/[.!?;。！？；]$/.test(text) && !/[(){}[\]=<>;]/.test(text)));
}
