import { toString } from 'mdast-util-to-string';
import type { PhrasingContent } from 'mdast';
import { answerSummary } from './labels.js';

// A summary that only says to open the block ("Show", "Click", "👀", "▶"), as a table's narrow answer column words it.
const SHOW = /^\s*(?:show|reveal|view|see|open|click(?:\s+(?:here|me))?|expand|toggle|spoiler|more|\p{Extended_Pictographic}\uFE0F?|[▶►▸›»+])?\s*[.!:…]*\s*$/iu;
const tag = (node: PhrasingContent | undefined, name: string): boolean => node?.type === 'html' && new RegExp(`^\\s*<${name}\\b[^>]*>\\s*$`, 'i').test(node.value);
const blank = (node: PhrasingContent): boolean => node.type === 'text' && !node.value.trim();

/**
 * A table cell's answer folded in a `<details>` block whose summary only says to open it
 * (`| <details><summary>Show</summary>Another name for the same inode.</details> |`): the answer
 * it holds, without the summary's words, which printed in bold over every answer. Any other cell as it is.
 */
export function unfoldedCell(children: PhrasingContent[]): PhrasingContent[] {
  const kids = children.filter((c, i) => !(blank(c) && (i === 0 || i === children.length - 1)));
  if (!tag(kids[0], 'details') || !tag(kids[1], 'summary') || !tag(kids[kids.length - 1], '/details')) return children;
  const shut = kids.findIndex((c) => tag(c, '/summary'));
  if (shut < 2) return children;
  const summary = toString({ type: 'paragraph', children: kids.slice(2, shut) });
  if (!SHOW.test(summary) && !answerSummary(summary)) return children;
  const inside = kids.slice(shut + 1, -1);
  // A second block in the cell (`</details> … <details>`) is no answer to unfold.
  if (inside.some((c) => tag(c, 'details'))) return children;
  return inside;
}
