import type { Heading, Link, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

// An index of a bank kept one file a topic lists each topic's questions under a line naming the
// topic and linking to its answers: `JavaScript : [Answers](javascript.md)` over `1. What is …?`,
// or the topic's name itself the link (`[**프로세스와 스레드**](./os/process.md)` over `- …설명해주세요`).

/**
 * A topic line over a list of questions: the topic, a colon and one link (`React : [Answers](react.md)`),
 * as a `##` heading of the topic and the link, which stays with the section as its intro.
 */
export function topicLine(node: RootContent): { heading: Heading; link: Link } | undefined {
  if (node.type !== 'paragraph') return undefined;
  const children = node.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  const [topic, link, ...rest] = children;
  if (topic?.type === 'link' && !link) return linkedTopic(topic, node);
  if (topic?.type !== 'text' || link?.type !== 'link' || rest.length || toString(node).includes('\n')) return undefined;
  const words = /^\s*([^:：\n]{1,40}?)\s*[:：]\s*$/u.exec(topic.value)?.[1];
  if (!words || !/\p{L}/u.test(words) || words.split(/\s+/).length > 5) return undefined;
  const heading: Heading = { type: 'heading', depth: 2, children: [{ type: 'text', value: words, position: topic.position }], position: node.position };
  return { heading, link };
}

/** A topic line that is only a link named for the topic: the topic's heading, the link its intro (where its answers are). */
function linkedTopic(link: Link, node: RootContent): { heading: Heading; link: Link } | undefined {
  const words = toString(link).replace(/\s+/g, ' ').trim();
  if (!words || words.length > 40 || !/\p{L}/u.test(words) || words.split(/\s+/).length > 5 || /^https?:/i.test(words)) return undefined;
  const heading: Heading = { type: 'heading', depth: 2, children: [{ type: 'text', value: words, position: link.position }], position: node.position };
  return { heading, link };
}
