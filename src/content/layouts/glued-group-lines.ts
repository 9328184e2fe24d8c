import type { List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { itemNumber } from '../item-numbers.js';

// A bank copied from a web page loses the blank lines around its group titles: `3. Volume?⏎Storage
// that outlives the container.⏎🟡 Medium (Hands-on)⏎1. Multi-stage build?`. Markdown reads the
// title as the last line of the answer above, and the numbers starting again at 1 as the same list.
// Where the numbers start again, a short title line ending the item before is the next group's name.

/** A group's title: short, one line, no sentence or question, opening with a mark or a capital. */
const TITLE = /^(?:[\p{Extended_Pictographic}\p{S}]\uFE0F?\s*)?[\p{Lu}\p{Extended_Pictographic}][^.?!:;。？！]{0,48}$/u;

/** The list cut where its numbers start again after an item ending in a title line: lists with each title between them. */
function cutList(list: List): RootContent[] {
  const out: RootContent[] = [];
  let items: ListItem[] = [];
  let start = list.start ?? 1;
  const flush = () => {
    if (items.length) out.push({ ...list, start, children: items, position: items[0].position && { start: items[0].position.start, end: items[items.length - 1].position!.end } });
    items = [];
  };
  const open = openList(list);
  for (const [k, item] of list.children.entries()) {
    const restarts = k + 1 < list.children.length && itemNumber(list, k + 1) === 1 && itemNumber(list, k) > 1;
    const title = restarts || (open && k + 1 < list.children.length && askedOverLine(item)) ? titleLine(item) : undefined;
    if (!title) {
      items.push(item);
      continue;
    }
    items.push(title.item);
    flush();
    out.push(title.line);
    start = restarts ? 1 : itemNumber(list, k + 1);
  }
  flush();
  return out;
}

// Where the numbers go on, a list of unanswered questions gives the same sign: an item of two lines, a
// question or bid over a title (`108) Erklären Sie das LIFT-Prinzip!⏎Statuscodes`), names the next
// questions' group (exam notes pasted from slides); where the items hold answers, that line may be one.

/** Most of the list's items are one line with nothing under it: questions left open. */
const openList = (list: List): boolean =>
  list.children.filter((item) => item.children.length === 1 && item.children[0].type === 'paragraph' && !toString(item.children[0]).trim().includes('\n')).length * 2 >= list.children.length;

/** An item that is only a question or bid on its first line and one line under it. */
function askedOverLine(item: ListItem): boolean {
  if (item.children.length !== 1 || item.children[0].type !== 'paragraph') return false;
  const lines = toString(item.children[0]).split('\n').map((l) => l.trim());
  return lines.length === 2 && /[?!？！]$/u.test(lines[0]);
}

/** The item without the title line its paragraph ends with, and that line as a paragraph; undefined when it ends in none. */
function titleLine(item: ListItem): { item: ListItem; line: Paragraph } | undefined {
  const last = item.children[item.children.length - 1];
  if (last?.type !== 'paragraph') return undefined;
  const tail = last.children[last.children.length - 1];
  if (tail?.type !== 'text') return undefined;
  const cut = tail.value.lastIndexOf('\n');
  const words = tail.value.slice(cut + 1).trim();
  if (cut < 0 || !TITLE.test(words)) return undefined;
  const kept: PhrasingContent[] = [...last.children.slice(0, -1), ...(cut > 0 ? [{ ...tail, value: tail.value.slice(0, cut) }] : [])];
  if (!toString({ type: 'paragraph', children: kept }).trim()) return undefined;
  const end = last.position?.end;
  const line: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: words }], ...(end ? { position: { start: { line: end.line, column: 1 }, end } } : {}) };
  return { item: { ...item, children: [...item.children.slice(0, -1), { ...last, children: kept }] }, line };
}

/** The tree with each numbered list cut where a group title glued to an answer starts its numbers again. */
export function gluedGroupLines(nodes: RootContent[]): RootContent[] {
  return nodes.flatMap((node) => (node.type === 'list' && node.ordered ? cutList(node) : [node]));
}
