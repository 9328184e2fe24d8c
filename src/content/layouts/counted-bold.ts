import { toString } from 'mdast-util-to-string';
import type { List, RootContent } from 'mdast';
import { boldNumbered } from './bold-numbered.js';
import { questionNumber } from './question-number.js';

/**
 * Bold numbered questions in a bank of numbered question lists (`1. What is …?`, `2. …`, then
 * `**3. What does `with` do?**` over its answer): the paragraphs whose number carries on the count
 * of the lists around them, or that the next list carries on. A bank switches shape halfway as it
 * grows; read as lists alone, the bold ones were the last answer's text (or, read as Q/A pairs,
 * the lists were the bank's intro). `lists` are the bank's question lists.
 */
export function countedBold(nodes: RootContent[], lists: Set<RootContent>): Set<RootContent> {
  // Each numbered question in the order written: a list item's number, or a bold line's.
  const numbered = nodes.flatMap((node): { node: RootContent; first: number; last: number; bold: boolean }[] => {
    if (lists.has(node) && node.type === 'list' && node.ordered) {
      const list = node as List;
      const first = list.start ?? 1;
      return [{ node, first, last: first + list.children.length - 1, bold: false }];
    }
    const bold = boldNumbered(node);
    if (!bold) return [];
    const n = questionNumber(toString(node));
    return n === undefined ? [] : [{ node, first: n, last: n, bold: true }];
  });
  const found = ownCount(nodes, lists);
  if (!numbered.some((n) => !n.bold)) return found;
  // A run of bold lines counts when it touches a list in the count: a bold line follows a counted
  // entry by one, or is followed by one by one. Forward, then back (a run before the first list).
  const counted = (e: (typeof numbered)[number] | undefined) => !!e && (!e.bold || found.has(e.node));
  const order = [...numbered.keys()];
  for (const i of [...order, ...[...order].reverse()]) {
    const entry = numbered[i];
    if (!entry.bold || found.has(entry.node)) continue;
    const before = numbered[i - 1];
    const after = numbered[i + 1];
    if ((counted(before) && before.last + 1 === entry.first) || (counted(after) && entry.last + 1 === after.first)) found.add(entry.node);
  }
  return found;
}

/**
 * In a bank whose lists ask, a group under its own heading numbered from 1 in bold
 * (`## Reporting` over `**1. Can you describe …?**`, its answer, `**2. How do you …?**`): the
 * group was written in the other shape, its count its own. Two such lines at least, 1, 2, … in
 * order, and no list of questions in the group.
 */
function ownCount(nodes: RootContent[], lists: Set<RootContent>): Set<RootContent> {
  const found = new Set<RootContent>();
  if (!lists.size) return found;
  let group: RootContent[] = [];
  const close = () => {
    const bold = group.filter((node) => boldNumbered(node));
    const counts = bold.every((node, k) => questionNumber(toString(node)) === k + 1);
    if (bold.length >= 2 && counts && !group.some((node) => lists.has(node))) bold.forEach((node) => found.add(node));
    group = [];
  };
  for (const node of nodes) {
    if (node.type === 'heading') close();
    else group.push(node);
  }
  close();
  return found;
}
