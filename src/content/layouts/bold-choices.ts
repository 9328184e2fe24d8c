import type { List, ListItem, Paragraph, RootContent } from 'mdast';
import { isOptionList } from '../option-lists.js';

// A quiz may mark its right option by setting it in bold (`- A) …` over `- **B) …**`), as
// exam summaries do. Read as text, the options printed as the question's, the right one bold
// among them, and the question open: no answer anywhere. They are the task list they mean, as
// radio-marked options are (radio-choices.ts): the options asked, the bold ones the answer.

/** A paragraph set wholly in bold (spaces around it aside). */
function wholeBold(p: Paragraph): boolean {
  const words = p.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  return words.length === 1 && words[0].type === 'strong';
}

/** An option of one paragraph, ticked as its bold said, the bold taken off. */
function ticked(item: ListItem, checked: boolean): ListItem {
  const [first] = item.children as [Paragraph];
  const words = checked ? first.children.flatMap((c) => (c.type === 'strong' ? c.children : c.type === 'text' && !c.value.trim() ? [] : [c])) : first.children;
  return { ...item, checked, children: [{ ...first, children: words }] };
}

/**
 * The blocks with each list of two to eight lettered options, some but not all set wholly in bold
 * and none ticked already, as the task list it marks: the bold ones ticked.
 */
export function boldChoices(nodes: RootContent[]): RootContent[] {
  return nodes.map((node) => {
    if (node.type !== 'list' || node.children.length > 8 || !isOptionList(node)) return node;
    if (node.children.some((item) => typeof item.checked === 'boolean' || item.children.length !== 1 || item.children[0].type !== 'paragraph')) return node;
    const marks = node.children.map((item) => wholeBold(item.children[0] as Paragraph));
    if (!marks.includes(true) || marks.every(Boolean)) return node;
    const list: List = { ...node, children: node.children.map((item, i) => ticked(item, marks[i])) };
    return list;
  });
}
