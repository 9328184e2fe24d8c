import type { Heading, RootContent } from 'mdast';
import type { Level } from '../../model/deck.js';
import { levelNamed } from '../level-names.js';

// Tags typed after a question, as notes apps write them (`### What is a goroutine? #go #junior`).
const TRAILING = /(?:\s+#[\p{L}][\p{L}\p{N}_\-/+.]*)+\s*$/u;
const TAG = /#([\p{L}][\p{L}\p{N}_\-/+.]*)/gu;

/**
 * Hashtags closing question headings (`### What is a goroutine? #go #junior`), where two headings
 * or more end so: taken off the question, given as its tags, and a tag naming a level (`#junior`,
 * `#senior`, `#advanced`) gives its level instead. One such heading alone (`… #define`) stays as written.
 */
export function headingHashtags(nodes: RootContent[]): void {
  const tagged = nodes.filter((n): n is Heading => n.type === 'heading' && n.depth === 3 && endsInTags(n));
  if (tagged.length < 2) return;
  for (const heading of tagged) {
    const last = heading.children[heading.children.length - 1];
    if (last?.type !== 'text') continue;
    const m = TRAILING.exec(last.value)!;
    const words = [...m[0].matchAll(TAG)].map((t) => t[1]);
    const value = last.value.slice(0, m.index);
    heading.children = value ? [...heading.children.slice(0, -1), { ...last, value }] : heading.children.slice(0, -1);
    const level = words.map((w) => levelNamed(w.replace(/[-_]/g, ' '))).find((l): l is Level => !!l);
    const tags = words.filter((w) => !levelNamed(w.replace(/[-_]/g, ' ')));
    const data = heading.data as { level?: Level; tags?: string[] } | undefined;
    heading.data = { ...heading.data, ...(level && !data?.level ? { level } : {}), ...(tags.length ? { tags } : {}) } as Heading['data'];
  }
}

const endsInTags = (heading: Heading): boolean => {
  const last = heading.children[heading.children.length - 1];
  return last?.type === 'text' && TRAILING.test(last.value) && !!last.value.slice(0, TRAILING.exec(last.value)!.index).trim();
};

/** The tags a question's heading closed with (see headingHashtags). */
export const headingTags = (heading: Heading): string[] => (heading.data as { tags?: string[] } | undefined)?.tags ?? [];
