import { toString } from 'mdast-util-to-string';
import type { List, RootContent } from 'mdast';

// What may stand between the code a lead-in shows and the list numbering on after it: the answer's blocks.
const BETWEEN = new Set<RootContent['type']>(['paragraph', 'code', 'blockquote']);

/** The words an item opens with, when its first block is a paragraph. */
const opening = (item: List['children'][number]): string => (item.children[0]?.type === 'paragraph' ? toString(item.children[0]).trim() : '');

/**
 * Numbered lists ending in a lead-in to code (`1. Look at the code below and say what it prints:`
 * right over a fenced block), broken there by the code: markdown ends the list at the block, and a
 * list of one item that only leads in asks nothing by its words, so it fell to the introduction.
 * Where a list of questions (`asking`) after the code's answer numbers on from it (`2. What is …?`),
 * it is the first of those questions. `asks(text)`: an item's words read as a question.
 */
export function leadInLists(nodes: RootContent[], asking: Set<RootContent>, asks: (text: string) => boolean): RootContent[] {
  const found: RootContent[] = [];
  for (const [i, node] of nodes.entries()) {
    if (node.type !== 'list' || !node.ordered || asking.has(node) || nodes[i + 1]?.type !== 'code') continue;
    const items = node.children.map(opening);
    if (!/[:：]$/.test(items[items.length - 1] ?? '') || !items.every((text) => text && text.length <= 200 && (asks(text) || /[:：]$/.test(text)))) continue;
    let k = i + 1;
    while (k < nodes.length && BETWEEN.has(nodes[k].type)) k++;
    const next = nodes[k];
    if (next?.type === 'list' && next.ordered && asking.has(next) && next.start === (node.start ?? 1) + node.children.length) found.push(node);
  }
  return found;
}
