import type { RootContent } from 'mdast';
import { detailsDepth } from './details-depth.js';

// A closing tag alone: the heading above it has nothing under it inside the fold.
const CLOSES_ONLY = /^\s*<\/details\s*>\s*$/i;

/**
 * A heading typed as the last line inside a fold (`…HTTP-only cookies.⏎### SQL Injection⏎⏎</details>`),
 * nothing under it there: it heads the questions after the fold, as the next group's title, and moves
 * out after the `</details>` that closes it. Inside, it was the answer's, and printed nowhere.
 */
export function foldClosingHeadings(nodes: RootContent[]): RootContent[] {
  const out = [...nodes];
  let depth = 0;
  for (let i = 0; i < out.length; i++) {
    const [node, next] = [out[i], out[i + 1]];
    if (depth > 0 && node.type === 'heading' && next?.type === 'html' && CLOSES_ONLY.test(next.value)) {
      [out[i], out[i + 1]] = [next, node];
      depth += detailsDepth(next);
      i++;
      continue;
    }
    depth += detailsDepth(node);
  }
  return out;
}
