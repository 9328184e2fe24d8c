import { toString } from 'mdast-util-to-string';
import type { Heading, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { visit } from '../visit-tree.js';
import type { Diagnostic } from '../../model/deck.js';
import { phrasingLines } from '../phrasing-lines.js';

// A page exported from Logseq keeps its properties as `key:: value` lines: the page's at its top
// (`title:: Kubernetes cards`, `tags:: k8s`), each block's under its first line (`card-last-interval:: 4`,
// `id:: 6650…`, the flashcard plugin's review schedule). Read as text they were the bank's
// introduction and the first lines of answers.

const PROPERTY = /^[ \t]*([a-z][\w-]*)::[ \t]+\S.*$/i;
// The page properties Logseq itself names: one of them tells its properties from a column of `term:: definition` cards.
const PAGE_KEYS = /^(?:title|alias|tags|public|filters|icon|template|exclude-from-graph-view)$/i;
// The block properties the app writes for itself: a card's schedule, a block's id, its folding.
const BOOKKEEPING = /^[ \t]*(?:card-[\w-]+|id|collapsed|heading)::[ \t]/i;

const lineText = (line: PhrasingContent[]): string => toString({ type: 'paragraph', children: line });
const joined = (lines: PhrasingContent[][]): PhrasingContent[] => lines.flatMap((l, k) => (k ? [{ type: 'text', value: '\n' } as PhrasingContent, ...l] : l));

/**
 * The nodes with a Logseq page's properties read: its `title::` as the bank's `#` title, its
 * `tags::` into `page.tags` (when given), its other page properties left out with a warning, and the app's own block properties (a card's
 * schedule, a block's id) taken from the blocks, which they say nothing in. Other nodes as they are.
 */
export function logseqProperties(nodes: RootContent[], file: string, diagnostics: Diagnostic[], page?: { tags: string[] }): RootContent[] {
  const [first] = nodes;
  let out = nodes;
  if (first?.type === 'paragraph') {
    const lines = phrasingLines(first.children).map(lineText);
    if (lines.length && lines.every((l) => PROPERTY.test(l)) && lines.some((l) => PAGE_KEYS.test(PROPERTY.exec(l)![1]))) {
      const title = lines.map((l) => /^[ \t]*title::[ \t]+(.*)$/i.exec(l)?.[1]).find(Boolean);
      // `tags:: k8s, [[Docker Swarm]]` are the deck's tags, as front matter's `tags:` are.
      const tags = page ? lines.flatMap((l) => /^[ \t]*tags::[ \t]+(.*)$/i.exec(l)?.[1].split(',') ?? []).map((t) => t.trim().replace(/^#?\[\[(.*)\]\]$|^#/, '$1').trim()).filter(Boolean) : [];
      if (page) page.tags.push(...tags);
      const others = lines.filter((l) => !/^[ \t]*title::/i.test(l) && !(page && /^[ \t]*tags::/i.test(l))).map((l) => PROPERTY.exec(l)![1]);
      if (others.length) {
        const message = `page propert${others.length > 1 ? 'ies' : 'y'} ${others.map((k) => `"${k}::"`).join(', ')} left out — give the deck's tags or other fields in front matter`;
        diagnostics.push({ file, line: first.position?.start.line ?? 1, severity: 'warning', code: 'left-out', message });
      }
      const heading: Heading[] = title ? [{ type: 'heading', depth: 1, children: [{ type: 'text', value: title.trim() }], position: first.position }] : [];
      out = [...heading, ...nodes.slice(1)];
    }
  }
  for (const node of out) {
    if (node.type !== 'list') continue;
    visit(node, 'listItem', (item: ListItem) => {
      const lead = item.children[0];
      if (lead?.type !== 'paragraph') return;
      const lines = phrasingLines(lead.children);
      const kept = lines.filter((l) => !BOOKKEEPING.test(lineText(l)));
      if (kept.length === lines.length) return;
      (lead as Paragraph).children = joined(kept);
    });
  }
  return out;
}
