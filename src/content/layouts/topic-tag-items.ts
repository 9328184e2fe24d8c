import { toString } from 'mdast-util-to-string';
import type { List, ListItem, Paragraph, RootContent } from 'mdast';
import { phrasingLines } from '../phrasing-lines.js';
import { ASKS, PROMPT_START } from './list-items.js';

// A list of questions copied from a page that names each one's topic on the line under it
// (`1. What does the event loop do?⏎JavaScript`, `2. How does grid differ from flexbox?⏎CSS`):
// the topic was read as the answer, a card saying "JavaScript". It is the question's tag.

/** Fewest items of such a list: a pattern, not an answer of one word. */
const MIN_ITEMS = 3;

/** A topic's name: a few words with no sentence mark (`JavaScript`, `Node.js`, `System Design`). */
const TOPIC = /^[\p{L}\d][\p{L}\d.+#/&-]*(?: [\p{L}\d.+#/&-]+){0,2}$/u;

/** Words that answer rather than name a topic (`Is HTTP stateless?⏎True`). */
const ANSWER_WORD = /^(?:yes|no|true|false|both|neither|none|all|never|always|maybe|sometimes|correct|incorrect|right|wrong)$/i;

const lineText = (line: Paragraph['children']): string => toString({ type: 'paragraph', children: line }).trim();

/** The item's question line and topic, when it is those two lines and nothing else. */
function topicItem(item: ListItem): { asked: Paragraph; topic: string } | undefined {
  const [first, ...rest] = item.children;
  if (first?.type !== 'paragraph' || rest.length) return undefined;
  const lines = phrasingLines(first.children).filter((l) => lineText(l));
  if (lines.length !== 2) return undefined;
  const [asked, topic] = lines.map(lineText);
  if (!(ASKS.test(asked) || PROMPT_START.test(asked)) || topic.length > 30 || !TOPIC.test(topic) || !/\p{L}/u.test(topic) || ANSWER_WORD.test(topic)) return undefined;
  return { asked: { ...first, children: lines[0] }, topic };
}

/**
 * The nodes with each such list's topics as its questions' tags (a `Tags:` line under the
 * question, as our format writes it): three items at least, every one a question over a topic, its answer not written (`Status: open`),
 * some topic named twice.
 */
export function topicTaggedItems(nodes: RootContent[]): RootContent[] {
  return nodes.map((node) => {
    if (node.type !== 'list' || node.children.length < MIN_ITEMS) return node;
    const read = node.children.map(topicItem);
    if (read.some((r) => !r)) return node;
    const topics = read.map((r) => r!.topic.toLowerCase());
    if (new Set(topics).size === topics.length) return node;
    const children = node.children.map((item, i): ListItem => {
      const { asked, topic } = read[i]!;
      const tags: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: `Tags: ${topic} · Status: open` }], position: asked.position };
      return { ...item, children: [asked, tags] };
    });
    return { ...node, children } satisfies List;
  });
}
