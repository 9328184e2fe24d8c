import { toString } from 'mdast-util-to-string';
import type { Paragraph, PhrasingContent } from 'mdast';
import { ANSWER_WORD, QUESTION_WORD } from './labels.js';

/** A line written as a table's row, question and answer in two cells. */
export interface PipeRow {
  question: PhrasingContent[];
  answer: PhrasingContent[];
}

// The bar between two cells, spaced (`¿Qué es X? | Es …`); the bars at a row's ends go.
const BAR = /\s\|\s/;

/** A line's two cells, when it is written `question | answer` (also `| question | answer |`). */
function cells(line: Paragraph): [PhrasingContent[], PhrasingContent[]] | undefined {
  const kids = line.children.map((c, i, all): PhrasingContent => {
    if (c.type !== 'text') return c;
    let value = i === 0 ? c.value.replace(/^\s*\|\s*/, '') : c.value;
    if (i === all.length - 1) value = value.replace(/\s*\|\s*$/, '');
    return { ...c, value };
  });
  const bars = kids.flatMap((c, i) => (c.type === 'text' ? [...c.value.matchAll(new RegExp(BAR, 'g'))].map((m) => ({ i, at: m.index })) : []));
  if (bars.length !== 1) return undefined;
  const [{ i, at }] = bars;
  const text = kids[i] as { type: 'text'; value: string };
  const before = text.value.slice(0, at);
  const after = text.value.slice(at + 3);
  const question = [...kids.slice(0, i), ...(before ? [{ ...text, value: before }] : [])];
  const answer = [...(after ? [{ ...text, value: after }] : []), ...kids.slice(i + 1)];
  return question.length && answer.length ? [question, answer] : undefined;
}

/**
 * Lines of a paragraph written as the rows of a table with no divider row under its header
 * (`| Pregunta | Respuesta |⏎| ¿Qué es un commit? | Una instantánea … |`, or without the outer
 * bars), which markdown reads as text: each row's question and answer. A first row naming the
 * two columns (`Pregunta | Respuesta`) is the header, and goes. Undefined unless every other line
 * is such a row.
 */
export function pipeRows(lines: Paragraph[]): PipeRow[] | undefined {
  const split = lines.map(cells);
  const [head] = split;
  const header = head && QUESTION_WORD.test(toString({ type: 'paragraph', children: head[0] })) && ANSWER_WORD.test(toString({ type: 'paragraph', children: head[1] }));
  const rows = header ? split.slice(1) : split;
  if (!rows.length || rows.some((row) => !row)) return undefined;
  return rows.map((row) => ({ question: row![0], answer: row![1] }));
}
