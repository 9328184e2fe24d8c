import type { RootContent } from 'mdast';
import { detailsDepth } from './details-depth.js';

// A closing tag alone: the heading above it has nothing under it inside the fold.
const CLOSES_ONLY = /^\s*<\/details\s*>\s*$/i;
const closes = (node: RootContent | undefined): boolean => node?.type === 'html' && CLOSES_ONLY.test(node.value);

/**
 * A heading typed as the last line inside a fold (`…HTTP-only cookies.⏎### SQL Injection⏎⏎</details>`),
 * nothing under it there: it heads the questions after the fold, as the next group's title, and moves
 * out after the `</details>` that closes it. Inside, it was the answer's, and printed nowhere. So does
 * one with only a list under it there (`## 💡 Study Tips` over its bullets, then `</details>`), when
 * it is no deeper than the heading the fold answers: the bank's notes after the fold, not the answer's.
 */
export function foldClosingHeadings(nodes: RootContent[]): RootContent[] {
  const out = [...nodes];
  let depth = 0;
  let asked = 0;
  for (let i = 0; i < out.length; i++) {
    const [node, next] = [out[i], out[i + 1]];
    if (depth > 0 && node.type === 'heading' && closes(next)) {
      [out[i], out[i + 1]] = [next, node];
      depth += detailsDepth(next);
      i++;
      continue;
    }
    if (depth > 0 && node.type === 'heading' && asked && node.depth <= asked && next?.type === 'list' && closes(out[i + 2])) {
      out.splice(i, 3, out[i + 2], node, next);
      depth += detailsDepth(out[i]);
      i += 2;
      continue;
    }
    if (depth === 0 && node.type === 'heading') asked = node.depth;
    depth += detailsDepth(node);
  }
  return out;
}
