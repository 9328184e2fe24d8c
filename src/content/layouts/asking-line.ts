import { toString } from 'mdast-util-to-string';
import type { Paragraph } from 'mdast';
import { radioMarked } from './radio-choices.js';
import type { Part } from './types.js';

// A quiz's numbered question (`Pergunta 1:`) may open with a lead-in ("Considering the code
// below:") or a statement, show its code, and ask on the line right over its radio-marked
// options ("What does it print?"). Read as written, the lead-in was the question and the line
// that asks printed among the options. The line that asks is the question; the lead-in and the
// code are what it asks about, printed with its options.

const ASKS = /[?？]\s*$/u;

/** The question parts with a lead-in over a radio-marked quiz's asking line headed by that line instead. */
export function askingLines(parts: Part[]): Part[] {
  return parts.map((part) => {
    if (part.kind !== 'question' || /[?？]/u.test(toString(part.heading))) return part;
    const at = part.body.findIndex((n) => n.type === 'list');
    const list = part.body[at];
    if (list?.type !== 'list' || !radioMarked(list)) return part;
    const above = part.body.slice(0, at);
    if (!above.every((n) => n.type === 'paragraph' || n.type === 'code')) return part;
    const asks = above.map((n) => n.type === 'paragraph' && ASKS.test(toString(n))).lastIndexOf(true);
    if (asks < 0) return part;
    const lead: Paragraph = { type: 'paragraph', children: part.heading.children, position: part.heading.position };
    const heading = { ...part.heading, children: (above[asks] as Paragraph).children };
    return { ...part, heading, body: [lead, ...above.filter((_, k) => k !== asks), ...part.body.slice(at)] };
  });
}
