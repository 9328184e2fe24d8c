import { unified } from 'unified';
import remarkStringify from 'remark-stringify';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkFrontmatter from 'remark-frontmatter';
import type { Blockquote, PhrasingContent, Root, RootContent } from 'mdast';
import { isCalloutBox } from '../content/callouts.js';

const writer = unified().use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkMath).use(remarkStringify, { bullet: '-', fences: true, rule: '-' });

/** An mdast tree as markdown text. */
export function writeMarkdown(tree: Root): string {
  return writer.stringify({ ...tree, children: tree.children.map(calloutMarked) });
}

/**
 * A box read from a callout or an admonition (its title in bold over its words), written as a callout
 * (`> [!note] Tip`): a plain quote under a question would be read back as its card answer.
 */
function calloutMarked(node: RootContent): RootContent {
  if (!isCalloutBox(node)) return node;
  const [title, ...rest] = (node as Blockquote).children;
  const words: PhrasingContent[] =
    title?.type === 'paragraph' && title.children.length === 1 && title.children[0].type === 'strong' ? title.children[0].children : [];
  if (!words.length) return node;
  // Its kind kept where a callout has one of the same name (a `[!question]` would read back as a question); raw, so the bracket is not escaped.
  const kind = (node.data as { kind?: string } | undefined)?.kind ?? 'note';
  const marker = ['tip', 'important', 'warning', 'caution'].includes(kind) ? kind : 'note';
  return { ...(node as Blockquote), children: [{ type: 'paragraph', children: [{ type: 'html', value: `[!${marker}] ` }, ...words] }, ...rest] };
}
