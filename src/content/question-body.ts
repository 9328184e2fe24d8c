import type { RootContent } from 'mdast';

/** The blocks under the question heading at `at` (a `###` of our shape), up to the next heading of its level or above. */
export function questionBody(children: RootContent[], at: number): RootContent[] {
  const end = children.findIndex((n, k) => k > at && n.type === 'heading' && n.depth <= 3);
  return children.slice(at + 1, end < 0 ? undefined : end);
}
