import type { List, Paragraph, PhrasingContent, Table, TableRow } from 'mdast';
import { plainText, sentenceEnd } from './text.js';
import { cutInline, inlineText, maskedText, trimTrailing } from './card-inline.js';

// Lists, tables and runs of parts set as one line of a card ("a; b; c.").

/** A list's items (first sentence of each) joined with "; " (or run on, when each is a sentence), as many whole items as fit. */
export function listInline(list: List, budget: number): PhrasingContent[] {
  const items = list.children.map((item, k) => {
    const first = item.children.find((c) => c.type === 'paragraph') as Paragraph | undefined;
    const number = list.ordered ? `(${(list.start ?? 1) + k}) ` : '';
    if (!first) return { number, nodes: [{ type: 'text', value: plainText(item) }] as PhrasingContent[] };
    return { number, nodes: cutInline(first.children, sentenceEnd(maskedText(first.children)), Infinity) };
  });
  const parts = items.map((it) => [...(it.number ? [{ type: 'text', value: it.number } as PhrasingContent] : []), ...it.nodes]);
  // Items that are whole sentences (`A read-only template.`, `Built from a Dockerfile.`) run on
  // as sentences: joined with "; " the second would open with a capital after the semicolon.
  const texts = parts.map((part) => inlineText(part).trim()).filter(Boolean);
  const sentences = texts.length > 1 && !texts.some((t) => WIDE.test(t)) && texts.every((t) => /^\p{Lu}/u.test(t) && /[.!?]$/.test(t));
  return sentences ? joinSentences(parts, budget) : joinPhrasing(parts, budget);
}

/**
 * A table's rows joined with "; ", each as "first cell: the others". The header row is left out
 * when rows follow, unless the table sets two things side by side ("A vs B: a vs b; …"); with
 * three or more columns it names the cells ("Pod names: Deployment random
 * suffix, StatefulSet stable ordinal"), or the values would lose what they are.
 */
export function tableInline(table: Table, budget: number, question = ''): PhrasingContent[] {
  const [head, ...body] = table.children;
  if (!body.length) return joinPhrasing([joinCells(head.children.map((c) => c.children))], budget);
  if (sideBySide(head, body, question)) {
    // "Supervised vs Unsupervised: labelled data vs unlabelled data; …": the header says which side is which.
    const vs = (cells: PhrasingContent[][]) => [...trimTrailing(cells[0], /[\s.;,]+$/), text(' vs '), ...cells[1]];
    const [first, ...rest] = body.map((row) => vs(row.children.map((c) => c.children)));
    return joinPhrasing([[...vs(head.children.map((c) => trimTrailing(c.children, /[\s:：]+$/))), text(': '), ...first], ...rest], budget);
  }
  const names = head.children.map((c) => c.children);
  const wide = head.children.length > 2;
  return joinPhrasing(
    body.map((row) => {
      const [first, ...others] = row.children;
      const rest = others
        .map((cell, k) => ({ cell, name: names[k + 1] }))
        .filter(({ cell }) => plainText(cell))
        .map(({ cell, name }) => (wide && name && plainText({ type: 'paragraph', children: name }) ? [...name, text(/[?:]$/.test(plainText({ type: 'paragraph', children: name })) ? ' ' : ': '), ...cell.children] : cell.children));
      const lead = first && plainText(first) ? [...first.children, ...(rest.length ? [text(wide ? ' — ' : ': ')] : [])] : [];
      return [...lead, ...joinCells(rest)];
    }),
    budget,
  );
}

/**
 * A table of two columns set side by side, each headed by one of the two things the question
 * compares ("…between supervised and unsupervised learning?" over `| Supervised ML | Unsupervised
 * ML |` and rows of sentences): its first column is no key (its cells are about as long as the
 * other's), so "first cell: the other" would read one side as the name of the other. A table of
 * keys (`| Command | What it does |`, short or code first cells) is not one.
 */
function sideBySide(head: TableRow, body: TableRow[], question: string): boolean {
  if (head.children.length !== 2 || body.some((row) => row.children.length !== 2) || !head.children.every((c) => plainText(c))) return false;
  if (!head.children.every((c) => names(question, plainText(c)))) return false;
  const mean = (k: number) => body.reduce((sum, row) => sum + plainText(row.children[k]).length, 0) / body.length;
  return mean(0) >= 0.6 * mean(1);
}

/** Whether a question names a column: the column's name is in it, or a word of it (three letters or more). */
function names(question: string, column: string): boolean {
  const asked = question.toLowerCase();
  const name = column.toLowerCase().trim();
  return asked.includes(name) || (name.match(/[\p{L}\p{N}]{3,}/gu) ?? []).some((word) => new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'u').test(asked));
}

function joinCells(cells: PhrasingContent[][]): PhrasingContent[] {
  return cells.flatMap((cell, k) => [...(k ? [text(', ')] : []), ...(k < cells.length - 1 ? trimTrailing(cell, /[\s.;,]+$/) : cell)]);
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });

/**
 * Parts joined with "; " (their trailing full stops dropped), whole parts while they fit, then
 * "…"; Chinese or Japanese parts with "；" and a closing "。".
 */
export function joinPhrasing(parts: PhrasingContent[][], budget: number): PhrasingContent[] {
  const wide = parts.some((part) => WIDE.test(inlineText(part)));
  const [separator, stop] = wide ? ['；', '。'] : ['; ', '.'];
  const out: PhrasingContent[] = [];
  let used = 0;
  for (const [k, part] of parts.entries()) {
    const trimmed = trimTrailing(part, /[\s.;,:。；，：]+$/);
    const len = inlineText(trimmed).length;
    if (!len) continue;
    if (out.length && used + len + 2 > budget) {
      out.push(text(`${separator}…`));
      return out;
    }
    if (out.length) out.push(text(separator));
    if (!out.length && len > budget) return cutInline(trimmed, len, budget);
    out.push(...trimmed);
    used += len + 2;
    // "…in the way?" needs no full stop after it, nor a quoted sentence that ends in one (`"…hire better."`).
    if (k === parts.length - 1 && !/[?!？！]$|[.?!。？！…]["'”’»)）」]+$/.test(inlineText(trimmed))) out.push(text(stop));
  }
  return out;
}

/** Sentences one after another, each with its own full stop, whole sentences while they fit, then "…". */
function joinSentences(parts: PhrasingContent[][], budget: number): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let used = 0;
  for (const part of parts) {
    const trimmed = trimTrailing(part, /\s+$/);
    const len = inlineText(trimmed).length;
    if (!len) continue;
    if (out.length && used + len + 1 > budget) {
      out.push(text(' …'));
      return out;
    }
    if (!out.length && len > budget) return cutInline(trimmed, len, budget);
    if (out.length) out.push(text(' '));
    out.push(...trimmed);
    used += len + 1;
  }
  return out;
}

export const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
