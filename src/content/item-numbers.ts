import type { List, ListItem, Root } from 'mdast';
import { visit } from './visit-tree.js';

type Numbered = ListItem & { data?: { number?: number } };

/**
 * Records on each item of a numbered list the number written before it. Markdown numbers a
 * list's items from its first, whatever the rest say: a key that skips a question (`1.`, `2.`,
 * `5.`) would answer question 3 with the entry written for 5.
 */
export function markItemNumbers(tree: Root, text: string): Root {
  let lines: string[] | undefined;
  visit(tree, 'list', (list: List) => {
    if (!list.ordered) return;
    // Cut into lines only for a deck with a numbered list.
    lines ??= text.split('\n');
    for (const item of list.children as Numbered[]) {
      const at = item.position?.start;
      const written = at && /^\s*(\d{1,9})[.)]/.exec(lines[at.line - 1]?.slice(at.column - 1) ?? '');
      if (written) item.data = { ...item.data, number: Number(written[1]) };
    }
  });
  return tree;
}

/** The number an item of a numbered list was written with (its place from the list's start when unknown). */
export const itemNumber = (list: List, k: number): number => (list.children[k] as Numbered).data?.number ?? (list.start ?? 1) + k;
