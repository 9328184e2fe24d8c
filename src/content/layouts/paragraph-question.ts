import type { Paragraph, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { ASKS } from './list-items.js';
import { cutLines } from '../phrasing-lines.js';

// A bank asking in numbered lists now and then types a question as a plain paragraph between two of
// them (`Quelle est la différence entre merge et rebase ?` over its answer, the bullet forgotten):
// its first line asks as the items around it do, the lines and blocks under it answer it. Left as
// text between questions it was dropped, warned.

// A first line longer than this is prose ending in a question, not a question.
const MOST = 200;

/** The question a paragraph asks on its first line and the answer on the lines under it, when it stands between two lists of questions. */
export function paragraphQuestion(
  nodes: RootContent[],
  index: number,
  lists: Set<RootContent>,
): { question: PhrasingContent[]; answer: Paragraph | undefined } | undefined {
  const node = nodes[index];
  if (node.type !== 'paragraph' || !betweenLists(nodes, index, lists)) return undefined;
  const { lines, ends } = cutLines(node.children);
  const [first, ...rest] = lines;
  const asked = toString({ type: 'paragraph', children: first }).trim();
  if (asked.length < 3 || asked.length > MOST || !ASKS.test(asked)) return undefined;
  if (!rest.length) return { question: first, answer: undefined };
  // The answer's lines joined again as the author broke them.
  const children = rest.flatMap((line, k): PhrasingContent[] => [...(k ? [ends[k] ?? { type: 'text' as const, value: '\n' }] : []), ...line]);
  return { question: first, answer: { type: 'paragraph', children, position: node.position } };
}

/** True when a list of questions comes before the block and another after it, with no heading between either and it. */
function betweenLists(nodes: RootContent[], index: number, lists: Set<RootContent>): boolean {
  const reaches = (step: 1 | -1): boolean => {
    for (let i = index + step; i >= 0 && i < nodes.length; i += step) {
      if (lists.has(nodes[i])) return true;
      if (nodes[i].type === 'heading' || nodes[i].type === 'list') return false;
    }
    return false;
  };
  return reaches(-1) && reaches(1);
}
