import { toString } from 'mdast-util-to-string';
import type { Heading, List, RootContent } from 'mdast';
import { levelNamed } from '../level-names.js';
import { promptText } from './numbered-lines.js';
import { linkList } from './reading-list.js';

// A bank that sorts what it asks by seniority, each level's label over a list of topics and
// prompts with no question marks (`**Junior**` over `- Explain the event loop`, `- Box model`;
// `## Senior` over `- Design a rate limiter`). Every item is a question to study, open; the label
// names its section and level. Read so only when every such list is one-line items and two
// levels at least are labelled: otherwise which lines are questions is a guess, and the parse
// says where (levelTopicsProblem).

/** Longest item read as a topic or prompt: a longer line is an answer or a note. */
const MAX_TOPIC = 160;

/** A level's label: a heading or a short line all in bold naming a level (`**Middle**`, `## Senior:`, `**Junior level**`). */
function levelLabel(node: RootContent): string | undefined {
  const bold = node.type === 'paragraph' && node.children.filter((c) => !(c.type === 'text' && !c.value.trim())).every((c) => c.type === 'strong');
  if (node.type !== 'heading' && !bold) return undefined;
  const text = toString(node).trim().replace(/\s*[:：]$/, '');
  return text && text.length <= 40 && !text.includes('\n') && levelNamed(text) ? text : undefined;
}

/** One-line items, none only a link to read: topics and prompts. */
function topicItems(list: List): boolean {
  if (linkList(list)) return false;
  return list.children.every((item) => {
    const [first, ...rest] = item.children;
    if (rest.length || first?.type !== 'paragraph') return false;
    const text = toString(first).trim();
    return promptText(text) && text.length <= MAX_TOPIC && !first.children.some((c) => c.type === 'link');
  });
}

/** Each level label right over a list (a rule between aside), with that list. */
function levelGroups(nodes: RootContent[]): { label: RootContent; text: string; list: List }[] {
  return nodes.flatMap((node, i) => {
    const text = levelLabel(node);
    const next = nodes.slice(i + 1).find((n) => n.type !== 'thematicBreak');
    return text && next?.type === 'list' ? [{ label: node, text, list: next }] : [];
  });
}

/** The lists of a bank of level-labelled topics (see above), or none when the bank is not one. */
export function levelTopicLists(nodes: RootContent[]): List[] {
  const groups = levelGroups(nodes);
  if (new Set(groups.map((g) => levelNamed(g.text))).size < 2 || !groups.every((g) => topicItems(g.list))) return levelSectionLists(nodes);
  return groups.map((g) => g.list);
}

/** One-line numbered items, one perhaps leading in to the code under it (`20. Разница между:` over a listing). */
function numberedTopics(list: List): boolean {
  return !!list.ordered && !linkList(list) && list.children.every((item) => {
    const [first, ...rest] = item.children;
    const text = first?.type === 'paragraph' ? toString(first).trim() : '';
    return !rest.length && !!text && !text.includes('\n') && text.length <= MAX_TOPIC && !hasLink(first);
  });
}

/** A line holding a link: a page to read, not a topic. */
const hasLink = (node: RootContent | undefined): boolean => node?.type === 'paragraph' && node.children.some((c) => c.type === 'link');

/**
 * The same bank one level deeper: each level's heading over topic headings, each over a numbered
 * list of one-line topics (`## Junior` over `### Linux` over `5. Inode`, `6. Load Average`). The
 * topics read as the bank's questions only where the count goes on across a topic heading (`5.`
 * under `### Linux` after `4.` closed `### Общие`): the numbers count questions, not the points of
 * an answer. Read as our own format, the topic headings were the questions and their lists answers.
 */
function levelSectionLists(nodes: RootContent[]): List[] {
  const found: List[] = [];
  const levels = new Set<string>();
  let carried = false;
  for (const [i, node] of nodes.entries()) {
    const text = node.type === 'heading' ? levelLabel(node) : undefined;
    if (!text || node.type !== 'heading') continue;
    let end = i + 1;
    while (end < nodes.length && !(nodes[end].type === 'heading' && (nodes[end] as Heading).depth <= node.depth)) end++;
    const span = nodes.slice(i + 1, end);
    const topics = span.flatMap((n, k) => (n.type === 'heading' && n.depth === node.depth + 1 ? [k] : []));
    const lists = span.filter((n): n is List => n.type === 'list');
    // Each topic heading names a group (none asks) and opens on its list; nothing but lists and code under it.
    const shaped =
      topics.length >= 2 &&
      topics.every((k) => span[k + 1]?.type === 'list' && !/[?？]\s*$/.test(toString(span[k]).trim())) &&
      span.slice(topics[0]).every((n) => n.type === 'heading' || n.type === 'list' || n.type === 'code' || n.type === 'thematicBreak' || n.type === 'paragraph') &&
      lists.length > 0 &&
      lists.every(numberedTopics);
    if (!shaped) continue;
    levels.add(levelNamed(text)!);
    found.push(...lists);
    lists.forEach((list, k) => {
      const before = lists[k - 1];
      const between = before ? span.slice(span.indexOf(before) + 1, span.indexOf(list)) : [];
      if (before && between.some((n) => n.type === 'heading') && list.start === (before.start ?? 1) + before.children.length) carried = true;
    });
  }
  return levels.size >= 2 && carried ? found : [];
}

/**
 * Why a file of level labels over lists gave no questions: the first list that is not one-line
 * topics (an item running over several lines, or a link), said at its line with what to do.
 */
export function levelTopicsProblem(nodes: RootContent[]): { line: number; message: string; hint: string } | undefined {
  const groups = levelGroups(nodes);
  if (groups.length < 2) return undefined;
  const odd = groups.find((g) => !topicItems(g.list));
  if (!odd) return undefined;
  const item = odd.list.children.find((i) => !topicItems({ ...odd.list, children: [i] })) ?? odd.list.children[0];
  const why = toString(item).includes('\n') || item.children.length > 1 ? 'runs over more than one line' : 'is a link or too long for a topic';
  return {
    line: item.position?.start.line ?? odd.list.position?.start.line ?? 1,
    message: `"${odd.text}" names a level over a list whose item here ${why}, so no item of the bank's lists is read as a question`,
    hint: 'write each question on one line ("- Explain the event loop"), or as a "### …?" heading with its answer under it',
  };
}
