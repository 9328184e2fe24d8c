import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';
import { parseDocument } from 'yaml';

// A bank whose front matter lost its opening `---` (`title: The Short Cheatsheet⏎category: Career⏎…`
// over a `---` line), as a site's export or a copy leaves it: markdown read the keys as the deck's
// first paragraph and printed them as its introduction. Lines of keys naming a `title`, closed by a
// rule, are the front matter they were meant to be.

const KEY_LINE = /^[A-Za-z_][\w-]*:(?:\s+\S.*)?$/;

/** The tree with such an opening paragraph read as front matter (the rule under it spent); any other tree as it is. */
export function unfencedFrontMatter(tree: Root): Root {
  const [first, next] = tree.children;
  if (first?.type !== 'paragraph' || next?.type !== 'thematicBreak' || !first.children.every((c) => c.type === 'text')) return tree;
  const lines = toString(first).split('\n');
  if (lines.length < 2 || !lines.every((line) => KEY_LINE.test(line.trim())) || !lines.some((line) => /^title:\s+\S/.test(line.trim()))) return tree;
  const value = lines.map((line) => line.trim()).join('\n');
  // Only keys YAML reads as they are: `title: Ops: the hard parts` printed as the introduction
  // before, and must not now stop the build as malformed front matter it never was.
  const doc = parseDocument(value);
  if (doc.errors.length || doc.warnings.length) return tree;
  return { ...tree, children: [{ type: 'yaml', value, position: first.position }, ...tree.children.slice(2)] };
}
