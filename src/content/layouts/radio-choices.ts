import { toString } from 'mdast-util-to-string';
import type { List, ListItem, RootContent } from 'mdast';
import { markOptions } from '../option-lists.js';

// A quiz may mark its options as radio buttons, the right one filled (`* ( ) Python.` over
// `* (x) Um erro.`), where markdown has task boxes (`- [ ]`, `- [x]`). Read as text, every
// option printed in the answer, the right one among them and the card a run of "( ) …; (x) …".
// They are the task list they draw: the options asked, the filled one the answer.

const MARK = /^\(\s?\)|^\([xX✓✔•*]\)/u;

/** The option's mark, empty or filled, or undefined. */
function mark(item: ListItem): boolean | undefined {
  const first = item.children[0];
  if (first?.type !== 'paragraph' || first.children[0]?.type !== 'text') return undefined;
  const text = toString(first);
  const m = MARK.exec(text);
  // An option with its words (`(x)` over a code block alone names nothing to tick).
  if (!m || !text.slice(m[0].length).trim()) return undefined;
  return /[xX✓✔•*]/u.test(m[0]);
}

/** An item without its mark, ticked or not as it was marked. */
function ticked(item: ListItem, checked: boolean): ListItem {
  const [first, ...rest] = item.children;
  if (first?.type !== 'paragraph' || first.children[0]?.type !== 'text') return item;
  const [words, ...more] = first.children;
  return { ...item, checked, children: [{ ...first, children: [{ ...words, value: words.value.replace(MARK, '').replace(/^\s+/, '') }, ...more] }, ...rest] };
}

/** The blocks with each list of radio-marked options (two at least, one filled) as a task list marked as a question's options. */
export function radioChoices(nodes: RootContent[]): RootContent[] {
  return nodes.map((node) => {
    if (node.type !== 'list' || node.ordered || node.children.length < 2) return node;
    const marks = node.children.map(mark);
    if (marks.some((m) => m === undefined) || !marks.includes(true)) return node;
    const list: List = { ...node, children: node.children.map((item, i) => ticked(item, marks[i]!)) };
    return { ...markOptions(list), data: { ...markOptions(list).data, radio: true } as List['data'] };
  });
}

/** True when a list was read from radio-marked options: its question may ask above it in words of its own. */
export const radioMarked = (list: List): boolean => !!(list.data as { radio?: boolean } | undefined)?.radio;
