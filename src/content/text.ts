import { toString } from 'mdast-util-to-string';
import type { Nodes } from 'mdast';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// A full stop after these is not the end of a sentence ("e.g. Redis", "vs. NFS").
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'vs', 'cf', 'approx', 'incl', 'resp', 'no', 'dr', 'mr', 'mrs', 'ms', 'st']);

/** The first sentence of a text (for a generated card answer), at most ~200 characters. */
export function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  let sentence = flat;
  for (const m of flat.matchAll(/[.!?](?=\s|$)/g)) {
    const before = flat.slice(0, m.index);
    const word = /(\S+)$/.exec(before)?.[1].toLowerCase() ?? '';
    if (m[0] === '.' && (ABBREVIATIONS.has(word) || /^[a-z]$/i.test(word))) continue;
    sentence = flat.slice(0, m.index + 1);
    break;
  }
  return clip(sentence, 200);
}

/** Text cut to at most `max` characters, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** Plain text of a markdown node, without raw HTML, whitespace collapsed. */
export function plainText(node: Nodes | undefined): string {
  return node ? toString(node, { includeHtml: false }).replace(/\s+/g, ' ').trim() : '';
}

/** Plain text of block nodes, one line per block (to-string alone would glue paragraphs together). */
export function blocksText(nodes: Nodes[]): string {
  return nodes.map((n) => plainText(n)).filter(Boolean).join('\n');
}
