import type { Heading, Root } from 'mdast';
import { visit } from './visit-tree.js';

// Banks kept for a static site generator (Pandoc, kramdown, MkDocs' attr_list, Hugo) give their
// headings an id or class after the words: `### What is an inode? {#inode}`, `{: #port}`,
// `## Files {#files .unnumbered}`, `{-}`. Markdown reads them as words, so they were printed as
// part of the question and its anchor.

// One attribute: an id, a class, a key=value pair, or Pandoc's `-` (unnumbered).
const ATTRIBUTE = String.raw`(?:[#.][\w:-]+|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s}]+)|-)`;
const ATTRIBUTES = new RegExp(String.raw`\s*\{:?\s*${ATTRIBUTE}(?:\s+${ATTRIBUTE})*\s*\}\s*$`);
const ID = /(?:^|[\s{:])#([\w:-]+)/;

/** The attribute block closing a heading's words, if there is one: its text, and the id it names. */
function attributesOf(heading: Heading): { text: string; id?: string } | undefined {
  const last = heading.children.at(-1);
  if (last?.type !== 'text') return undefined;
  const match = ATTRIBUTES.exec(last.value);
  // A heading that is only the block names nothing: left as written.
  if (!match || (heading.children.length === 1 && match.index === 0)) return undefined;
  return { text: match[0], id: ID.exec(match[0])?.[1] };
}

/**
 * Takes a heading's attribute block off its words; the id it names is kept on the heading
 * (`data.hProperties.id`, as remark-rehype reads it), so links written to it (`[see](#links)`) still find it.
 */
export function withoutHeadingAttributes(tree: Root): Root {
  visit(tree, 'heading', (heading: Heading) => {
    const found = attributesOf(heading);
    if (!found) return;
    const last = heading.children.at(-1) as { value: string };
    last.value = last.value.slice(0, last.value.length - found.text.length);
    if (!last.value) heading.children.pop();
    if (found.id) heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id: found.id } };
  });
  return tree;
}
