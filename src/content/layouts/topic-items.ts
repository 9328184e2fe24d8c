import type { List, ListItem, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

// A bank may number its topics as list items, each a heading over its questions folded in
// `<details>` blocks (`1.  ### Загальні` over `<details><summary>1. Які методи HTTP…?</summary>`,
// indented under it). Read as questions in a list, each topic was one question, its first fold's
// summary its answer, and every other question was lost inside it. The topics are the bank's
// headings, their folds at the top level, where folds are read as questions.

const SUMMARY = /<summary\b/i;

/** An item that is a topic: a heading that does not ask, over blocks holding a fold with a summary. */
const topicItem = (item: ListItem): boolean => {
  const [first, ...rest] = item.children;
  return first?.type === 'heading' && !/[?？]\s*$/u.test(toString(first)) && rest.some((n) => n.type === 'html' && SUMMARY.test(n.value));
};

/** The nodes with each list whose items are all such topics replaced by the items' blocks, their headings kept. */
export function topicItems(nodes: RootContent[]): RootContent[] {
  return nodes.flatMap((node): RootContent[] => {
    if (node.type !== 'list' || !node.children.length || !node.children.every(topicItem)) return [node];
    return (node as List).children.flatMap((item) => item.children as RootContent[]);
  });
}
