import type { RootContent } from 'mdast';
import { htmlToMdast, type DroppedHtml } from './html-to-mdast.js';
import { QUESTION_WORD } from './labels.js';

// A bank may write its table of questions in HTML (`<table>` with `<th>Question</th><th>Answer</th>`)
// rather than with pipes. Left as HTML until its layout is read, the table held no question, and a
// file of nothing else had none at all. Such a table is read as the table it is, before the layout.

/** An HTML block holding a table whose header names its question column (`<th>Question</th>`). */
const QUESTION_TABLE = /^\s*<table[\s>][\s\S]*?<th[^>]*>\s*(?:<[^>]+>\s*)*([^<]{1,40}?)\s*(?:<\/[^>]+>\s*)*<\/th>/i;

/** The tree with each HTML table of questions (a `Question` header cell) as a markdown table. */
export function htmlTables(nodes: RootContent[], dropped: DroppedHtml[]): RootContent[] {
  return nodes.flatMap((node) => {
    if (node.type !== 'html') return [node];
    const m = QUESTION_TABLE.exec(node.value);
    if (!m || !QUESTION_WORD.test(m[1]) || !/<\/table>\s*$/i.test(node.value)) return [node];
    const read = htmlToMdast(node.value, node.position, dropped);
    return read.some((n) => n.type === 'table') ? read : [node];
  });
}
