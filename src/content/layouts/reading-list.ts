import type { ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** Words a lead-in may have over a reading list (`Useful links:`), at most. */
const LEAD_IN_WORDS = 12;

/** A paragraph that opens with a link: `[Sidecars](https://…) — a longer write-up`. */
function opensWithLink(paragraph: Paragraph): boolean {
  const first = paragraph.children.find((c: PhrasingContent) => !(c.type === 'text' && !c.value.trim()));
  const inner = first?.type === 'strong' || first?.type === 'emphasis' ? first.children[0] : first;
  return inner?.type === 'link' || inner?.type === 'linkReference';
}

/** An item of a reading list: a link with, perhaps, a line about it, and nothing nested but more such items. */
function linkItem(item: ListItem): boolean {
  const [first, ...rest] = item.children;
  return first?.type === 'paragraph' && opensWithLink(first) && rest.every((n) => n.type === 'list' && n.children.every(linkItem));
}

/** A list of links, one an item (with a few words about each, perhaps): a reading list. */
export const linkList = (node: RootContent): boolean => node.type === 'list' && node.children.length > 0 && node.children.every(linkItem);

/**
 * Blocks that only point elsewhere: lists of links, perhaps under a short lead-in (`Useful links:`).
 * What a "Further reading" section holds; nothing in it asks or answers.
 */
export function readingList(nodes: RootContent[]): boolean {
  const leadIn = (n: RootContent) => n.type === 'paragraph' && toString(n).trim().split(/\s+/).length <= LEAD_IN_WORDS && !/[?？]\s*$/.test(toString(n));
  const content = nodes.filter((n) => n.type !== 'thematicBreak' && n.type !== 'definition' && !(n.type === 'html' && /^\s*<!--/.test(n.value)));
  return content.some(linkList) && content.every((n) => linkList(n) || leadIn(n));
}
