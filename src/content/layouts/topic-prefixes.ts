import type { Heading } from 'mdast';

// A topic written before a question: `[React] What is JSX?`, `CSS - What is the box model?`
// (a few words, then a dash or bar). A colon is left alone: `Scenario: …` is a label, not a topic.
const PREFIX = /^\s*(?:\[([^\]\n]{1,30})\]|([\p{L}\p{N}][\p{L}\p{N}.#+/&]*(?: [\p{L}\p{N}.#+/&]+){0,2})\s+[-–—|])\s+(?=\S)/u;

/** The topic a question heading opens with, and how many characters of its first text it takes. */
function prefixOf(heading: Heading): { topic: string; length: number } | undefined {
  const first = heading.children[0];
  if (first?.type !== 'text') return undefined;
  const match = PREFIX.exec(first.value);
  if (!match) return undefined;
  return { topic: (match[1] ?? match[2]).trim(), length: match[0].length };
}

/**
 * Topic prefixes most questions of a section share (`CSS - …`, `[React] …`) become those
 * questions' tag: printed once as a tag, not before every question. Where the prefixes differ
 * (`HTTP - …`, `DNS - …`), or only a few questions have one, they are part of the question and stay.
 * The tag is kept on the heading's data (`topic`) for the question to take.
 */
export function topicPrefixes(headings: Heading[]): void {
  const found = headings.map(prefixOf);
  const counts = new Map<string, number>();
  for (const p of found) if (p) counts.set(p.topic.toLowerCase(), (counts.get(p.topic.toLowerCase()) ?? 0) + 1);
  const [topic, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  // Another topic beside it (`TCP - …`, `TCP - …`, `UDP - …`) makes them the questions' words: stripping one would leave the other.
  if (!topic || counts.size > 1 || count < 2 || count * 2 <= headings.length) return;
  headings.forEach((heading, i) => {
    const p = found[i];
    if (p?.topic.toLowerCase() !== topic) return;
    const first = heading.children[0] as { value: string };
    first.value = first.value.slice(p.length);
    heading.data = { ...heading.data, topic } as Heading['data'];
  });
}

/** The topic a heading's prefix gave it, as a tag. */
export const headingTopic = (heading: Heading): string | undefined => (heading.data as { topic?: string } | undefined)?.topic;
