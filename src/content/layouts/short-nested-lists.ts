import type { List, ListItem, RootContent } from 'mdast';

// `10. How do you …?` over `   * Show the command.`: the follow-up bullet is typed three spaces in,
// as under the items `1.`–`9.`, but `10. ` needs four, so markdown ends the numbered list and
// starts a list of its own there, and the follow-up became a question or an answer of its own.
// Such a list, starting on the line right under a numbered list and set to the right of it, belongs
// under its last item; items of it back at the margin (`* ### Experienced Level`) stay where they are.

const column = (node: RootContent | ListItem | undefined): number => node?.position?.start.column ?? 0;

/** Whether `list` starts on the line under `above`'s last line, set further right than it. */
function shortUnder(above: RootContent | undefined, list: List): above is List {
  if (above?.type !== 'list' || !above.ordered) return false;
  const last = above.children.at(-1);
  if (!last || last.children.at(-1)?.type === 'list') return false;
  const under = (list.position?.start.line ?? 0) === (above.position?.end.line ?? -1) + 1;
  return under && column(list) > column(above) && column(list.children[0]) > column(last);
}

/** The blocks with each list typed short under a numbered list's last item nested under it. */
export function shortNestedLists(nodes: RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  for (const node of nodes) {
    const above = out.at(-1);
    if (node.type !== 'list' || !shortUnder(above, node)) {
      out.push(node);
      continue;
    }
    const last = above.children.at(-1)!;
    const inner = node.children.filter((item) => column(item) > column(last));
    const margin = node.children.filter((item) => column(item) <= column(last));
    const end = inner.at(-1)!.position!.end;
    const nested: List = { ...node, children: inner, position: { start: inner[0].position!.start, end } };
    const item: ListItem = { ...last, children: [...last.children, nested], position: last.position && { ...last.position, end } };
    out[out.length - 1] = { ...above, children: [...above.children.slice(0, -1), item], position: above.position && { ...above.position, end } };
    if (margin.length) out.push({ ...node, children: margin, position: { start: margin[0].position!.start, end: node.position!.end } });
  }
  return out;
}
