import type { Root, RootContent } from 'mdast';
import { blocksAt } from './replace-blocks.js';

// A heading written without the space after its hashes (`####Core Questions`) is a paragraph to
// markdown, so the lines under it with no blank line between ran on into it: a list indented four
// spaces (`    - Which … ? (should answer: …)`), or the first line of an answer. The heading took
// them as its words, and the list was never a list.

// Hashes with no space after them and a word right after (not `#1`, `##` alone); a `#` title only opening the file.
const LOOSE_LINE = /^(#{1,6})(?=[^\s#\d])[^\n]*\n/;

/** The dedented lines after the first, as markdown of their own. */
function dedent(text: string): string {
  const lines = text.split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length));
  return Number.isFinite(indent) && indent > 0 ? lines.map((l) => l.slice(indent)).join('\n') : text;
}

/**
 * Each top-level paragraph that opens with such a heading line and goes on below it is parsed
 * again as two parts: its first line (a paragraph, made a heading later by the layouts), and
 * the lines under it without their shared indent, at their own lines in the file.
 */
export function restoreLooseHeadingLines(tree: Root, source: string, parse: (text: string) => Root): Root {
  tree.children = tree.children.flatMap((node, i): RootContent[] => {
    const start = node.position?.start;
    const end = node.position?.end;
    if (node.type !== 'paragraph' || !start || !end || start.offset === undefined || end.offset === undefined || start.line === end.line) return [node];
    const text = source.slice(start.offset, end.offset);
    const m = LOOSE_LINE.exec(text);
    if (!m || (m[1].length === 1 && i > 0)) return [node];
    const cut = m[0].length;
    const head = blocksAt(text.slice(0, cut - 1), parse, start.line - 1, start.offset);
    const rest = blocksAt(dedent(text.slice(cut)), parse, start.line, start.offset + cut);
    return [...head, ...rest];
  });
  return tree;
}
