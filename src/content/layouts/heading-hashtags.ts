import type { Heading, RootContent } from 'mdast';
import type { Level } from '../../model/deck.js';
import { levelNamed } from '../level-names.js';
import { isPictographs } from '../decorative-marks.js';

// Tags typed after a question, as notes apps write them (`### What is a goroutine? #go #junior`).
const TAG = /#([\p{L}][\p{L}\p{N}_\-/+.]*)/gu;
const TAG_WORD = /^#[\p{L}][\p{L}\p{N}_\-/+.]*$/u;

/**
 * Where the run of tags closing `value` starts (each after a space), or undefined: read word by
 * word from the end, in one pass (a pattern searched from every space took the square of a long
 * heading's length). Pictographs after the tags (`#csrf ✅`) decorate them and go with them.
 */
function tagsStart(value: string): number | undefined {
  const parts = value.trimEnd().split(/(\s+)/);
  let last = parts.length - 1;
  while (last >= 2 && isPictographs(parts[last])) last -= 2;
  let k = last;
  while (k >= 2 && TAG_WORD.test(parts[k])) k -= 2;
  return k === last ? undefined : parts.slice(0, k + 1).join('').length;
}

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
    const at = tagsStart(last.value)!;
    const words = [...last.value.slice(at).matchAll(TAG)].map((t) => t[1]);
    const value = last.value.slice(0, at);
    heading.children = value ? [...heading.children.slice(0, -1), { ...last, value }] : heading.children.slice(0, -1);
    const level = words.map((w) => levelNamed(w.replace(/[-_]/g, ' '))).find((l): l is Level => !!l);
    const tags = words.filter((w) => !levelNamed(w.replace(/[-_]/g, ' '))).flatMap(filed);
    const data = heading.data as { level?: Level; tags?: string[] } | undefined;
    // Tags given before (a must-know star, star-levels.ts) stay.
    const all = [...new Set([...(data?.tags ?? []), ...tags])];
    heading.data = { ...heading.data, ...(level && !data?.level ? { level } : {}), ...(all.length ? { tags: all } : {}) } as Heading['data'];
  }
}

// The tag a note app's flashcard plugin marks a card with (Logseq's `#card`, Obsidian's `#flashcards`):
// it says the line is a card, which every question here is; under it (`#flashcards/aws`) the topic.
const CARD_MARK = /^(?:card|cards|flashcard|flashcards|anki)(?:\/|$)/i;

/** A tag as the question's: a card mark gone, or the topic filed under it. */
const filed = (tag: string): string[] => {
  if (!CARD_MARK.test(tag)) return [tag];
  const topic = tag.replace(CARD_MARK, '');
  return topic ? [topic] : [];
};

const endsInTags = (heading: Heading): boolean => {
  const last = heading.children[heading.children.length - 1];
  if (last?.type !== 'text') return false;
  const at = tagsStart(last.value);
  return at !== undefined && !!last.value.slice(0, at).trim();
};

/** The tags a question's heading closed with (see headingHashtags). */
export const headingTags = (heading: Heading): string[] => (heading.data as { tags?: string[] } | undefined)?.tags ?? [];
