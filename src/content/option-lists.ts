import type { Element, Root } from 'hast';
import type { List, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from './visit-tree.js';
import { textOf } from './hast-text.js';

/** An item opening with an option's letter: `A) …`, `b. …`, `(C) …`, `[D] …`, `E: …`. */
const OPTION_ITEM = /^\s*(?:\(\s*[a-h]\s*\)|\[\s*[a-h]\s*\]|[a-h]\s*[.)．）:：])\s*\S/iu;

/** A markdown list of two or more items, each a lettered option. */
export const isOptionList = (node: RootContent): node is List =>
  node.type === 'list' && node.children.length >= 2 && node.children.every((item) => OPTION_ITEM.test(toString(item)));

/** A task list of two to eight short options, some ticked and some not, as a quiz marks its right answers (`* [x] Culture`). */
export const taskOptions = (list: List): boolean =>
  list.children.length >= 2 &&
  list.children.length <= 8 &&
  list.children.every((item) => typeof item.checked === 'boolean' && item.children.length === 1 && toString(item).length <= 300) &&
  list.children.some((item) => item.checked) &&
  list.children.some((item) => !item.checked);

// Set on a task list read as a question's options for what stands over it (its question in bold), lettered or not.
type Marked = { data?: { options?: boolean } };

/** Marks a task list as a question's options. */
export const markOptions = (list: List): List => ({ ...list, data: { ...list.data, options: true } as List['data'] });

/** True when a list was marked as a question's options. */
export const markedOptions = (list: List): boolean => !!(list as Marked).data?.options;

/** The lettered option lists a run of blocks opens with. */
export function openingOptions(nodes: RootContent[]): List[] {
  const n = nodes.findIndex((node) => !isOptionList(node));
  return nodes.slice(0, n < 0 ? nodes.length : n) as List[];
}

/** A task list of options with its ticks taken off (the answer says which is right). */
export const unticked = (list: List): List => ({ ...list, children: list.children.map((item) => ({ ...item, checked: null })) });

/**
 * Unlettered options (`* ( ) …`, `- [ ] …`) as a question asks them: each behind a drawn mark, a
 * circle where the bank drew radio buttons, a box where it drew task boxes, with no bullet. Their
 * ticks are kept, for the guide to fill the right one's mark where the answer shows; the quiz and
 * the cards' fronts print every mark empty (choiceMarks, styles).
 */
export function choiceOptions(list: List, radio: boolean): List {
  if (isOptionList(list as RootContent)) return unticked(list);
  const kind = radio ? 'choices-radio' : 'choices-box';
  const children = list.children.map((item) => ({ ...item, checked: null, ...(item.checked ? { data: { ...item.data, hProperties: { className: ['right'] } } } : {}) }));
  return { ...list, children, data: { ...list.data, hProperties: { className: ['choices', kind] } } };
}

/**
 * A list whose every item is a lettered option (a multiple-choice question's `- A) …`)
 * is marked `options`: the styles print it without bullets or numbers, so an option reads "A) …" and
 * not "• A) …". Runs after sanitizing: the class is ours, never the deck's. Two items at least,
 * so one lettered line in a list of notes stays a bullet.
 */
export function optionLists() {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'ul' && node.tagName !== 'ol') return;
      const items = node.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'li');
      if (items.length < 2 || !items.every((li) => OPTION_ITEM.test(textOf(li)))) return;
      const existing = node.properties.className;
      node.properties.className = [...(Array.isArray(existing) ? existing : []), 'options'];
    });
  };
}

/**
 * rehype plugin: a drawn mark (span.choice-mark) before each of a question's choices
 * (choiceOptions); the styles draw it and fill the right one's in the guide alone. Runs after
 * sanitizing: the classes are ours, never the deck's.
 */
export function choiceMarks() {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element) => {
      const classes = node.properties.className;
      if (node.tagName !== 'ul' || !Array.isArray(classes) || !classes.includes('choices')) return;
      for (const li of node.children) {
        if (li.type !== 'element' || li.tagName !== 'li') continue;
        const mark: Element = { type: 'element', tagName: 'span', properties: { className: ['choice-mark'], ariaHidden: 'true' }, children: [] };
        // In a loose list the words are a paragraph: the mark goes inside it, on their line.
        const first = li.children.find((c) => c.type === 'element' || (c.type === 'text' && c.value.trim()));
        const holder = first?.type === 'element' && first.tagName === 'p' ? first : li;
        holder.children.unshift(mark);
      }
    });
  };
}
