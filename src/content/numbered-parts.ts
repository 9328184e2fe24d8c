import type { Heading, List, RootContent } from 'mdast';
import { plainText } from './text.js';

/** A part's name: a few words with no sentence's closing mark ("Quick answer", "How it helps"). */
const PART_NAME = /^[^.!?。？！:：]{1,40}$/u;

/** The number and name of a one-item numbered list that only names a part (`2. Example`), if it is one. */
function partName(node: RootContent | undefined): { number: number; name: string } | undefined {
  if (node?.type !== 'list' || !node.ordered || node.children.length !== 1) return undefined;
  const [item] = (node as List).children;
  if (item.children.length !== 1 || item.children[0].type !== 'paragraph') return undefined;
  const name = plainText(item.children[0]).trim();
  return PART_NAME.test(name) && name.split(/\s+/).length <= 5 ? { number: node.start ?? 1, name } : undefined;
}

/**
 * An answer written in numbered parts, each part's name alone on its numbered line over what it
 * says (`1. Quick answer`⏎⏎…⏎⏎`2. Example`⏎⏎…), as some banks keep one question a page: markdown
 * reads each name as a list of one item. Two or more, counting up from 1, each over what it says: they are the answer's headings, numbered as written.
 */
export function numberedParts(nodes: RootContent[]): RootContent[] {
  const names = nodes.map((n, i) => {
    const part = partName(n);
    const next = nodes[i + 1];
    return part && next && next.type !== 'heading' && !partName(next) ? part : undefined;
  });
  const found = names.filter((n) => n !== undefined);
  if (found.length < 2 || found.some((p, k) => p.number !== k + 1)) return nodes;
  return nodes.map((n, i): RootContent => {
    const part = names[i];
    if (!part) return n;
    const heading: Heading = { type: 'heading', depth: 4, children: [{ type: 'text', value: `${part.number}. ${part.name}` }], position: n.position };
    return heading;
  });
}
