import type { Nodes } from 'mdast';
import { wholeCharacters } from '../model/excerpt.js';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// A full stop after these never ends a sentence ("e.g. Redis", "vs. NFS", "approx. 5 ms").
const ABBREVIATIONS = new Set(['e.g', 'eg', 'i.e', 'ie', 'vs', 'cf', 'approx', 'incl', 'resp', 'dr', 'mr', 'mrs', 'ms', 'ca', 'esp', 'n.b', 'a.k.a', 'aka', 'u.s', 'w.r.t', 'viz']);
// …these only before a number ("No. 5", "fig. 2", "max. 10"; but "No. It is not."),
const NUMBER_ABBREVIATIONS = new Set(['no', 'nr', 'fig', 'ch', 'sec', 'vol', 'p', 'pp', 'ref', 'min', 'max', 'ver', 'v']);
// …and these end one only when a capitalised word follows ("A, B, etc. Both are …").
const SOFT_ABBREVIATIONS = new Set(['etc', 'ltd', 'inc', 'co', 'jr', 'sr', 'al']);

/**
 * Where the first sentence of a text ends (an index into the text, after its full stop), or the
 * text's length when it has one sentence. A full stop ends a sentence only before whitespace and
 * a word that may start one, and never after an abbreviation, an initial or inside a number;
 * `。`, `！` and `？` always end one.
 */
export function sentenceEnd(text: string): number {
  // Full-width ends (`。！？`, Chinese and Japanese) need no space after them.
  // "start.**Note:** …" in an HTML block is markdown left as it is: the label starts a sentence.
  for (const m of text.matchAll(/[.!?]+["'”’)\]]*(?=\s|$|\*\*\p{Lu})|[。！？]+[」』”’）]*/gu)) {
    const end = m.index + m[0].length;
    const rest = text.slice(end).trimStart();
    if (!rest) return text.length;
    if (!/^[.!?]/.test(m[0])) return end;
    if (m[0].startsWith('.') && !m[0].startsWith('...')) {
      const word = /(\S+)$/.exec(text.slice(0, m.index))?.[1].replace(/^[("'“‘[]+/, '').toLowerCase() ?? '';
      if (ABBREVIATIONS.has(word) || /^[a-z]$/i.test(word)) continue;
      if (NUMBER_ABBREVIATIONS.has(word) && /^\d/.test(rest)) continue;
      if (SOFT_ABBREVIATIONS.has(word) && !/^\p{Lu}/u.test(rest)) continue;
    }
    // "approx. five", "(see fig. 2)": a lower-case word after a full stop continues the sentence.
    if (/^\p{Ll}/u.test(rest)) continue;
    return end;
  }
  return text.length;
}

/** The first sentence of a text, whitespace collapsed, at most `max` characters (cut at a word). */
export function firstSentence(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return clip(flat.slice(0, sentenceEnd(flat)), max);
}

/**
 * Where to cut a text to keep at most `max` characters with an ellipsis after: at the last word
 * boundary, never inside a word (a single over-long word is cut).
 */
export function cutPoint(text: string, max: number): number {
  if (text.length <= max) return text.length;
  const room = text.slice(0, wholeCharacters(text, max));
  const space = room.search(/\s\S*$/);
  // Trailing separators ("word, …") say nothing.
  const at = space > max / 3 ? space : max;
  return room.slice(0, at).replace(/[\s,;:(–—-]+$/, '').length;
}

/** Text cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, cutPoint(text, max - 1))}…`;
}

/** A question as a message quotes it: cut at a word near 80 characters, so the message stays one line. */
export const quotedQuestion = (text: string): string => `"${clip(text, 80)}"`;

// Characters that take no room on the page: zero-width spaces and joiners, the soft hyphen, direction marks, the byte order mark.
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** True when the text prints nothing: empty, spaces, or only characters that take no room. */
export const printsNothing = (text: string): boolean => !text.replace(INVISIBLE, '').trim();

/**
 * Plain text of a markdown node, without raw HTML, whitespace collapsed. Blocks keep a
 * separator between them: list items and table rows are joined with "; ", cells with ", ",
 * paragraphs and line breaks with a space, so no two words are ever glued together.
 */
export function plainText(node: Nodes | undefined): string {
  return node ? textOf(node).replace(/\s+/g, ' ').trim() : '';
}

/** Plain text of block nodes, one line per block. */
export function blocksText(nodes: Nodes[]): string {
  return nodes.map((n) => plainText(n)).filter(Boolean).join('\n');
}

/** Joins parts that may already end in punctuation: "a." + "b" → "a; b" without "a.;". */
export function joinItems(parts: string[], separator = '; '): string {
  const items = parts.map((p) => p.trim()).filter(Boolean);
  return items.map((p, i) => (i < items.length - 1 ? p.replace(/[.;,]+$/, '') : p)).join(separator);
}

function textOf(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'inlineMath':
      return node.value;
    case 'code':
    case 'math':
      return ` ${node.value} `;
    case 'html':
    case 'yaml':
    case 'definition':
    case 'footnoteReference':
    case 'thematicBreak':
      return '';
    case 'break':
      return ' ';
    case 'image':
    case 'imageReference':
      return node.alt ?? '';
    case 'list':
      return ` ${joinItems(node.children.map((item) => plainText(item)))} `;
    case 'table':
      return ` ${joinItems(node.children.map((row) => plainText(row)))} `;
    case 'tableRow':
      return joinItems(node.children.map((cell) => plainText(cell)), ', ');
    default:
      if ('children' in node) return (node.children as Nodes[]).map((child) => (isBlock(child) ? ` ${textOf(child)} ` : textOf(child))).join('');
      return '';
  }
}

const isBlock = (node: Nodes): boolean => ['paragraph', 'heading', 'blockquote', 'listItem', 'list', 'code', 'table', 'math'].includes(node.type);

/** A file or folder name as a title: `devops-questions` → "Devops questions" (its words as they are, the first capitalised). */
export function titleFromName(name: string, spell: (word: string) => string = (w) => w): string {
  const words = name.replace(/[-_]+/g, ' ').trim().split(/\s+/).filter(Boolean).map(spell);
  return words.length ? [words[0][0].toUpperCase() + words[0].slice(1), ...words.slice(1)].join(' ') : 'Questions';
}

/** A title that asks: a question mark, or an opening that asks or bids ("Explain …", "什么是…"). */
const ASKS = /[?？]\s*$|^\s*(?:what|why|how|when|which|who|where|explain|describe|define|compare|difference between)\b|^\s*(?:什么|为什么|如何|怎么|怎样|哪些|是否|谈谈|简述|说说|解释|介绍)/iu;

/** True for a title that reads as a question (a page that asks it, content/title-question.ts). */
export const titleAsks = (title: string): boolean => ASKS.test(title);
