import type { List, ListItem, RootContent } from 'mdast';

// A list typed one space in (` - What is a release train?`) with its answers one space further
// (`  - Ships on a fixed schedule`) nests them by sight, but markdown wants them under the item's
// words (three spaces), so it reads one flat list and the answers become questions' neighbours.
// An item set further right than the list's first one belongs under the item before it.

const column = (node: ListItem | undefined): number => node?.position?.start.column ?? 0;

/** The list with each item set further right than its first item nested under the item before. */
function nestByIndent(list: List): List {
  const base = column(list.children[0]);
  if (!list.children.some((item) => column(item) > base)) return list;
  const kept: ListItem[] = [];
  const made = new Set<List>();
  for (const item of list.children) {
    const parent = kept.at(-1);
    if (!parent || column(item) <= base) {
      kept.push(item);
      continue;
    }
    const last = parent.children.at(-1);
    const nested: List = last?.type === 'list' && made.has(last) ? last : { type: 'list', ordered: list.ordered, spread: false, children: [] };
    if (nested !== last) {
      made.add(nested);
      parent.children.push(nested);
    }
    nested.children.push(item);
    nested.position = { start: nested.children[0].position!.start, end: item.position!.end };
    if (parent.position && item.position) parent.position = { ...parent.position, end: item.position.end };
  }
  for (const item of kept) {
    item.children = item.children.map((child) => (child.type === 'list' && made.has(child) ? nestByIndent(child) : child));
  }
  return { ...list, children: kept };
}

/** The blocks with each list's items nested as their indentation shows. */
export function indentedItems(nodes: RootContent[]): RootContent[] {
  return nodes.map((node) => (node.type === 'list' ? nestByIndent(node) : node));
}
