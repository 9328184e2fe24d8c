import type { Root, RootContent } from 'mdast';
import { blocksAt, replaceBlocks } from './replace-blocks.js';

// A line whose words follow a comment (`* <!-- .element: class="fragment" --> What is …?`, as
// reveal.js slides show an item one click at a time): markdown opens an HTML block at `<!--` and
// keeps the whole line as raw HTML, so a slide deck of questions read none. The comment is a
// note to the slide tool, hidden wherever markdown is shown; the words after it are parsed as
// the markdown they are, where they stand.

/** Comments opening a line, then words that are no HTML of their own. */
const LEADING_COMMENTS = /^(?:[ \t]*<!--[\s\S]*?-->)+[ \t]*(?=[^\s<])/;

/** Every raw HTML block that is comments over markdown words, as those words' blocks. */
export function restoreCommentLedLines(tree: Root, source: string, parse: (text: string) => Root): Root {
  if (!source.includes('<!--')) return tree;
  return replaceBlocks(tree, (node): RootContent[] | undefined => {
    const start = node.position?.start;
    if (node.type !== 'html' || start?.offset === undefined) return undefined;
    const comments = LEADING_COMMENTS.exec(node.value)?.[0];
    if (comments === undefined) return undefined;
    const words = node.value.slice(comments.length);
    return blocksAt(words, parse, start.line - 1 + (comments.match(/\n/g)?.length ?? 0), start.offset + comments.length);
  });
}
