import { unified } from 'unified';
import remarkStringify from 'remark-stringify';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkFrontmatter from 'remark-frontmatter';
import type { Blockquote, PhrasingContent, Root, RootContent } from 'mdast';
import { BOX_KINDS, isCalloutBox } from '../content/callouts.js';

const writer = unified().use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkMath).use(remarkStringify, { bullet: '-', fences: true, rule: '-' });

/** An mdast tree as markdown text. */
export function writeMarkdown(tree: Root): string {
  return writer.stringify({ ...tree, children: tree.children.map(calloutMarked) });
}

/**
 * A box read from a callout or an admonition (its title in bold over its words), written as a callout of its kind
 * (`> [!example] Example`, `> [!warning]` where it had no title): a plain quote under a question would be read back as its card answer.
 */
function calloutMarked(node: RootContent): RootContent {
  if (!isCalloutBox(node)) return node;
  const [title, ...rest] = (node as Blockquote).children;
  const strong = title?.type === 'paragraph' && title.children.length === 1 && title.children[0].type === 'strong' ? title.children[0] : undefined;
  if (!strong?.children.length) return node;
  const kind = (node.data as { kind?: string } | undefined)?.kind ?? 'note';
  const marker = BOX_KINDS.includes(kind) ? kind : 'note';
  // A title that only names its kind (`!!! example`) is left off, so print names it in the deck's language. Raw, so the bracket is not escaped.
  const untitled = !!(strong.data as { boxKind?: string } | undefined)?.boxKind;
  const words: PhrasingContent[] = untitled ? [] : strong.children;
  return {
    ...(node as Blockquote),
    children: [{ type: 'paragraph', children: [{ type: 'html', value: untitled ? `[!${marker}]` : `[!${marker}] ` }, ...words] }, ...rest],
  };
}
