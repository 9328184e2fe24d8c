import { toString } from 'mdast-util-to-string';
import type { List, ListItem, Paragraph, RootContent } from 'mdast';
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

// An option typed with no space after its bullet (`*( ) Python.`) is no list item to markdown:
// the options read as one paragraph of lines, printed in the answer with their marks.
const GLUED = /^[*+-]\((?:\s?|[xX✓✔•*])\)\s*\S/u;

/** A paragraph of radio-marked option lines typed with no space after the bullet, as the list it means; undefined for any other. */
function gluedOptions(node: Paragraph): List | undefined {
  if (!node.children.every((c) => c.type === 'text')) return undefined;
  const lines = toString(node).split('\n');
  if (lines.length < 2 || !lines.every((line) => GLUED.test(line))) return undefined;
  const line = node.position?.start.line ?? 1;
  const at = (k: number) => ({ start: { line: line + k, column: 1 }, end: { line: line + k, column: lines[k].length + 1 } });
  const items = lines.map((text, k): ListItem => ({ type: 'listItem', spread: false, position: at(k), children: [{ type: 'paragraph', position: at(k), children: [{ type: 'text', value: text.slice(1), position: at(k) }] }] }));
  return { type: 'list', ordered: false, spread: false, children: items, position: node.position };
}

/** The blocks with each list of radio-marked options (two at least, one filled) as a task list marked as a question's options. */
export function radioChoices(nodes: RootContent[]): RootContent[] {
  return nodes.map((given) => {
    const node = given.type === 'paragraph' ? (gluedOptions(given) ?? given) : given;
    if (node.type !== 'list' || node.ordered || node.children.length < 2) return given;
    const marks = node.children.map(mark);
    if (marks.some((m) => m === undefined) || !marks.includes(true)) return given;
    const list: List = { ...node, children: node.children.map((item, i) => ticked(item, marks[i]!)) };
    return { ...markOptions(list), data: { ...markOptions(list).data, radio: true } as List['data'] };
  });
}

/** True when a list was read from radio-marked options: its question may ask above it in words of its own. */
export const radioMarked = (list: List): boolean => !!(list.data as { radio?: boolean } | undefined)?.radio;
