import { toString } from 'mdast-util-to-string';
import type { List, RootContent } from 'mdast';
import { navigationKind } from './navigation.js';

// A bank may list its questions twice: first as contents, each item a link to its answer further
// down (`1. [ ] [¿Qué es CORS?](#20)`, ticked or not as the reader went), then each again over its
// answer (`1. [¿Qué es CORS?](#20)⏎<div id="20" />⏎…`). Read as questions both times, every
// question was asked twice, once with no answer. The first list is the bank's contents: navigation.

/** A question's words as compared between the two lists: case, spacing and closing marks aside. */
const words = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[\s\p{P}]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();

const itemWords = (list: List): string[] => list.children.map((item) => words(toString(item.children[0] ?? { type: 'text', value: '' })));

// An item asking again over its answer may run on into it in one paragraph (`- [¿…?](#q1)⏎<a id="q1"></a>⏎Its answer…`,
// an inline anchor not ending the paragraph as a `<div>` does): its first line is the question.
const firstLineWords = (list: List): string[] => list.children.map((item) => words(toString(item.children[0] ?? { type: 'text', value: '' }).split('\n')[0]));

/**
 * The lists among `nodes` that are contents of the questions asked again below them, however many
 * (one question is still asked twice): every item one in-page link, and most of their words the
 * first words of a later list's items.
 */
export function contentsLists(nodes: RootContent[]): Set<RootContent> {
  const found = new Set<RootContent>();
  nodes.forEach((node, i) => {
    if (node.type !== 'list' || navigationKind(node) !== 'table of contents') return;
    const entries = itemWords(node);
    const later = new Set(nodes.slice(i + 1).flatMap((n) => (n.type === 'list' && n !== node ? [...itemWords(n), ...firstLineWords(n)] : [])));
    if (entries.filter((e) => e && later.has(e)).length * 2 > entries.length) found.add(node);
  });
  return found;
}
