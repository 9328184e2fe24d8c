import { toString } from 'mdast-util-to-string';
import type { Nodes } from 'mdast';
import { phrasingLines } from './phrasing-lines.js';

/**
 * A block's text with its lines kept: a paragraph's hard breaks (two spaces or a backslash at a
 * line's end, as banks type options to print one a line) become newlines, which `toString` drops,
 * running `A. EC2⏎B. S3` together as `A. EC2B. S3`.
 */
export function lineText(node: Nodes): string {
  if (node.type !== 'paragraph') return toString(node);
  return phrasingLines(node.children)
    .map((line) => line.map((c) => toString(c)).join(''))
    .join('\n');
}
