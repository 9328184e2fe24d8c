import { unified } from 'unified';
import remarkStringify from 'remark-stringify';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';

const writer = unified().use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkMath).use(remarkStringify, { bullet: '-', fences: true, rule: '-' });

/** An mdast tree as markdown text. */
export function writeMarkdown(tree: Root): string {
  return writer.stringify(tree);
}
