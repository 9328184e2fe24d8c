import { toString } from 'mdast-util-to-string';
import type { Nodes } from 'mdast';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The first sentence of a text (for a generated card answer), at most ~200 characters. */
export function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const m = /^.+?[.!?](?=\s|$)/.exec(flat);
  const sentence = m ? m[0] : flat;
  return sentence.length > 200 ? `${sentence.slice(0, 197).trimEnd()}…` : sentence;
}

/** Plain text of a markdown node, without raw HTML, whitespace collapsed. */
export function plainText(node: Nodes | undefined): string {
  return node ? toString(node, { includeHtml: false }).replace(/\s+/g, ' ').trim() : '';
}

/** Plain text of block nodes, one line per block (to-string alone would glue paragraphs together). */
export function blocksText(nodes: Nodes[]): string {
  return nodes.map((n) => plainText(n)).filter(Boolean).join('\n');
}
