import type { RootContent } from 'mdast';
import { htmlToMdast, type DroppedHtml } from './html-to-mdast.js';
import { QUESTION_WORD } from './labels.js';

// A bank may write its table of questions in HTML (`<table>` with `<th>Question</th><th>Answer</th>`)
// rather than with pipes. Left as HTML until its layout is read, the table held no question, and a
// file of nothing else had none at all. Such a table is read as the table it is, before the layout.

/** An HTML block holding a table whose header names its question column (`<th>Question</th>`). */
const QUESTION_TABLE = /^\s*<table[\s>][\s\S]*?<th[^>]*>\s*(?:<[^>]+>\s*)*([^<]{1,40}?)\s*(?:<\/[^>]+>\s*)*<\/th>/i;

/**
 * The tree with each HTML table of questions (a `Question` header cell) as a markdown table. One
 * never closed (a file cut short in its last row) is read as far as it goes, as a browser shows
 * it, and `warn` says so at its line: left as HTML, its questions were lost and the file had none.
 */
export function htmlTables(nodes: RootContent[], dropped: DroppedHtml[], warn?: (line: number, message: string) => void): RootContent[] {
  return nodes.flatMap((node) => {
    if (node.type !== 'html') return [node];
    const m = QUESTION_TABLE.exec(node.value);
    if (!m || !QUESTION_WORD.test(m[1])) return [node];
    const closed = /<\/table>\s*$/i.test(node.value);
    // Closed somewhere else than at its end (text after it in the block): left as it is.
    if (!closed && /<\/table>/i.test(node.value)) return [node];
    const read = htmlToMdast(node.value, node.position, dropped);
    if (!read.some((n) => n.type === 'table')) return [node];
    if (!closed) warn?.(node.position?.start.line ?? 1, '<table> is never closed, so its last row may be cut short — add </table> where the table ends');
    return read;
  });
}
