import { toString } from 'mdast-util-to-string';
import type { Heading, List, ListItem, Paragraph, PhrasingContent, RootContent, Text } from 'mdast';
import { BIDS } from './list-items.js';

/** The title an item opens with when it names a group: one short line that does not ask, over a nested list. */
function groupTitle(item: ListItem): boolean {
  const [first, second] = item.children;
  if (first?.type !== 'paragraph' || second?.type !== 'list') return false;
  // A remark may follow on a line or two (`(from: a list online)⏎--mostly beginner material`): it asks nothing either.
  const lines = toString(first).trim().split('\n');
  // Nor does it bid as a sentence does (`Walk me through how a pod gets its address.`, `… 설명해주세요.`): that is a question, its nested list its follow-ups.
  const bids = BIDS.test(lines[0]) || (/[.。!！]\s*$/.test(lines[0]) && lines[0].trim().split(/\s+/).length >= 4);
  return !!lines[0] && !bids && lines[0].length <= 80 && lines.length <= 3 && lines.every((line) => !/[?？]\s*$/.test(line));
}

/** A paragraph's words up to its first line break, and what follows it (the group's remark), if anything. */
function firstLine(paragraph: Paragraph): { title: PhrasingContent[]; rest?: Paragraph } {
  const at = paragraph.children.findIndex((c) => c.type === 'text' && c.value.includes('\n'));
  if (at < 0) return { title: paragraph.children };
  const node = paragraph.children[at] as Text;
  const cut = node.value.indexOf('\n');
  const title = [...paragraph.children.slice(0, at), { ...node, value: node.value.slice(0, cut) }];
  const after = [{ ...node, value: node.value.slice(cut + 1) }, ...paragraph.children.slice(at + 1)];
  return { title, rest: { ...paragraph, children: after } };
}

/** A list grouping questions: two items at least name a group over a nested list of questions, and most items name one. */
function groupList(node: RootContent, asks: (list: List) => boolean): node is List {
  if (node.type !== 'list') return false;
  const groups = node.children.filter((item) => groupTitle(item) && asks(item.children[1] as List));
  return groups.length >= 2 && groups.length * 2 >= node.children.length;
}

/**
 * A list of one group (`1. **Basics**` over its questions), as a section with a single group
 * writes it beside sections with several: a group too when the file groups its questions so
 * elsewhere, or its title is set in bold. Read alone, its title and its questions ran together
 * into one question.
 */
function loneGroup(node: RootContent, asks: (list: List) => boolean, grouped: boolean): node is List {
  if (node.type !== 'list' || node.children.length !== 1) return false;
  const [item] = node.children;
  if (!groupTitle(item) || !asks(item.children[1] as List)) return false;
  const words = (item.children[0] as Paragraph).children;
  return grouped || (words.length === 1 && words[0].type === 'strong');
}

/**
 * Questions grouped in a nested list (`- Perguntas back⏎    - O que é REST?⏎    - …`, `- Perguntas
 * cloud⏎    - …`), as an interviewer's script keeps them: each group's title becomes a heading one
 * level under the heading above (its colon dropped), its nested list the questions under it. Read as
 * one list, its titles asked nothing and its questions were lost in them.
 */
export function expandGroups(nodes: RootContent[], asks: (list: List) => boolean): RootContent[] {
  let depth = 1;
  const grouped = nodes.some((node) => groupList(node, asks));
  return nodes.flatMap((node): RootContent[] => {
    if (node.type === 'heading') depth = node.depth;
    if (!groupList(node, asks) && !loneGroup(node, asks, grouped)) return [node];
    const level = Math.min(6, depth + 1) as Heading['depth'];
    // An item beside the groups that names none (`* Как избежать утечки горутин?`, no list under it) is
    // one of the parent's questions: it goes before the group headings, or it would fall under the last group.
    const loose = (item: ListItem) => item.children[0]?.type !== 'paragraph' || (!groupTitle(item) && /[?？]\s*$/.test(toString(item.children[0])));
    const items = [...node.children.filter(loose), ...node.children.filter((item) => !loose(item))];
    return items.flatMap((item): RootContent[] => {
      if (loose(item)) return [{ ...node, children: [item], position: item.position }];
      const [first, ...rest] = item.children as [Paragraph, ...ListItem['children']];
      const { title, rest: remark } = firstLine(first);
      const words = title.map((c, i, all) => (i === all.length - 1 && c.type === 'text' ? { ...c, value: c.value.replace(/\s*[:：]\s*$/, '') } : c));
      return [{ type: 'heading', depth: level, children: words, position: first.position }, ...(remark ? [remark] : []), ...rest];
    });
  });
}
