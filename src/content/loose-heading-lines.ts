import type { Root, RootContent } from 'mdast';
import { blocksAt } from './replace-blocks.js';

// A heading written without the space after its hashes (`####Core Questions`) is a paragraph to
// markdown, so the lines under it with no blank line between ran on into it: a list indented four
// spaces (`    - Which … ? (should answer: …)`), or the first line of an answer. The heading took
// them as its words, and the list was never a list.

// Hashes with no space after them and a word right after, or a number after two or more (`##1`;
// not `#1`, `##` alone); a `#` title only opening the file.
const LOOSE_LINE = /^(#(?=[^\s#\d])|#{2,6}(?=[^\s#]))[^\n]*\n/;
// Also a heading written so in the middle of a paragraph (`✅ **Q1**⏎###Iterators⏎An iterator is …`).

// An HTML block closed at the end of a line and a heading right under it, with no blank line
// between (`</details>⏎### What is a node?`, `</span>⏎##24`): markdown reads the heading as more of
// the block, so the question it asks was taken into the answer above, unsaid. Only where every
// element opened above is closed: a heading inside an open `<details>` is the block's. A block
// that keeps its text as written (`<pre>`, `<script>`, a comment) is left whole.
const CLOSED_LINE = /<\/[a-z][\w-]*[ \t]*>[ \t]*$/i;
const HEADING_LINE = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const RAW_BLOCK = /^[ \t]*<(?:pre|script|style|textarea|!|\?)/i;
const OPEN_TAG = /<(?!(?:br|hr|img|input|meta|link|wbr|source|col|area)\b)[a-z][\w-]*\b[^>]*(?<!\/)>/gi;
const CLOSE_TAG = /<\/[a-z][\w-]*[ \t]*>/gi;

/** True when the HTML closes at least as many elements as it opens. */
const allClosed = (html: string): boolean => (html.match(OPEN_TAG)?.length ?? 0) <= (html.match(CLOSE_TAG)?.length ?? 0);

/** Where an HTML block's text is cut: before each heading line under a line ending on a closing tag, all closed above. */
function htmlCutsOf(text: string): number[] {
  if (RAW_BLOCK.test(text)) return [];
  const cuts: number[] = [];
  const lines = text.split('\n');
  let at = lines[0].length + 1;
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k];
    const heading = HEADING_LINE.test(line) || (LOOSE_LINE.exec(`${line}\n`)?.[1].length ?? 0) > 1;
    if (heading && CLOSED_LINE.test(lines[k - 1]) && allClosed(text.slice(cuts[cuts.length - 1] ?? 0, at))) cuts.push(at);
    at += line.length + 1;
  }
  return cuts;
}

/** The dedented lines after the first, as markdown of their own. */
function dedent(text: string): string {
  const lines = text.split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length));
  return Number.isFinite(indent) && indent > 0 ? lines.map((l) => l.slice(indent)).join('\n') : text;
}

/** Where the paragraph's text is cut: before each line after the first that is such a heading (two hashes at least), and after each such line. */
function cutsOf(text: string, first: boolean): number[] {
  const cuts: number[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const end = at + line.length + 1;
    const m = LOOSE_LINE.exec(`${line}\n`);
    if (m && (m[1].length > 1 || (at === 0 && first))) {
      if (at > 0) cuts.push(at);
      if (end < text.length) cuts.push(end);
    }
    at = end;
  }
  return cuts;
}

/**
 * Each top-level paragraph holding such a heading line with lines above or under it (or HTML block
 * holding a heading under its closing tags) is parsed again in parts: the heading's line (a paragraph, made a heading later by the layouts), and the
 * lines above and under it, without the indent they share, each at its own lines in the file.
 */
export function restoreLooseHeadingLines(tree: Root, source: string, parse: (text: string) => Root): Root {
  tree.children = tree.children.flatMap((node, i): RootContent[] => {
    const start = node.position?.start;
    const end = node.position?.end;
    if ((node.type !== 'paragraph' && node.type !== 'html') || !start || !end || start.offset === undefined || end.offset === undefined || start.line === end.line) return [node];
    const text = source.slice(start.offset, end.offset);
    const cuts = node.type === 'html' ? htmlCutsOf(text) : cutsOf(text, i === 0 || (i === 1 && tree.children[0].type === 'yaml'));
    if (!cuts.length) return [node];
    const bounds = [0, ...cuts, text.length];
    return bounds.slice(0, -1).flatMap((from, k) => {
      const piece = text.slice(from, bounds[k + 1]).replace(/\n$/, '');
      const linesBefore = start.line - 1 + (text.slice(0, from).match(/\n/g)?.length ?? 0);
      return blocksAt(dedent(piece), parse, linesBefore, start.offset! + from);
    });
  });
  return tree;
}
