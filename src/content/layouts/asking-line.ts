import { toString } from 'mdast-util-to-string';
import type { Paragraph, RootContent } from 'mdast';
import { radioMarked } from './radio-choices.js';
import { isOptionList } from '../option-lists.js';
import { OPTION_LINES } from './labels.js';
import { lineText } from '../line-text.js';
import type { Part } from './types.js';

// A quiz's numbered question (`Pergunta 1:`) may open with a lead-in ("Considering the code
// below:") or a statement, show its code, and ask on the line right over its radio-marked
// options ("What does it print?"). Read as written, the lead-in was the question and the line
// that asks printed among the options. The line that asks is the question; the lead-in and the
// code are what it asks about, printed with its options. Lettered options (`a) 3.5⏎b) 3`) are
// read the same when the line that asks stands right over them.

const ASKS = /[?？]\s*$/u;

/** Options under the line that asks: radio-marked, or lettered (`a) …`), as a list or one a line. */
const options = (node: RootContent): boolean =>
  (node.type === 'list' && (radioMarked(node) || isOptionList(node))) || (node.type === 'paragraph' && OPTION_LINES.test(lineText(node)));

const radio = (node: RootContent): boolean => node.type === 'list' && radioMarked(node);

/** The question parts with a lead-in over the line that asks above its options (radio-marked, or lettered right under it) headed by that line instead. */
export function askingLines(parts: Part[]): Part[] {
  return parts.map((part) => {
    if (part.kind !== 'question' || /[?？]/u.test(toString(part.heading))) return part;
    const at = part.body.findIndex((n) => n.type === 'list' || options(n));
    if (at < 0 || !options(part.body[at])) return part;
    const above = part.body.slice(0, at);
    if (!above.every((n) => n.type === 'paragraph' || n.type === 'code')) return part;
    const asks = above.map((n) => n.type === 'paragraph' && ASKS.test(toString(n))).lastIndexOf(true);
    // Lettered options are asked by the line right over them; a radio quiz may set its code between.
    if (asks < 0 || (!radio(part.body[at]) && asks !== at - 1)) return part;
    const lead: Paragraph = { type: 'paragraph', children: part.heading.children, position: part.heading.position };
    const heading = { ...part.heading, children: (above[asks] as Paragraph).children };
    return { ...part, heading, body: [lead, ...above.filter((_, k) => k !== asks), ...part.body.slice(at)] };
  });
}
