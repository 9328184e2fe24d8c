import type { Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Diagnostic } from '../model/deck.js';
import { ASKS } from './layouts/list-items.js';
import { clip } from './text.js';

// A line longer than this is prose that happens to end with a question, not a listed question.
const MAX_QUESTION = 200;

// What opens a line before its words: quote marks, a list's bullet or number, a heading's hashes.
const LINE_LEAD = /^\s*(?:>\s*)*(?:(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?|#{1,6}\s+)?/;

/**
 * The lines of a bank's text that ask (a list item or a line ending in "?"), outside code and
 * math, by line number: what the safety net below must find read. Taken from the tree as markdown
 * read it, before a layout rewrites it.
 */
export function askingSourceLines(text: string, tree: Root): Map<number, string> {
  const code = new Set<number>();
  const walk = (node: Nodes) => {
    if ((node.type === 'code' || node.type === 'math') && node.position) {
      for (let l = node.position.start.line; l <= node.position.end.line; l++) code.add(l);
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  const asking = new Map<number, string>();
  for (const [i, raw] of text.split('\n').entries()) {
    if (code.has(i + 1)) continue;
    const words = raw.replace(LINE_LEAD, '').trim();
    if (words.length >= 3 && words.length <= MAX_QUESTION && ASKS.test(words)) asking.set(i + 1, words);
  }
  return asking;
}

// How much of a line's end, in letters and figures, finds it in a question it was made into.
const ENDING = 24;

/** Letters and figures only, lower case: words compared whatever their markup. */
const letters = (text: string): string => text.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();

/**
 * The net under every layout: a line that asks which ends up in no question, answer or
 * introduction (in none of the blocks the deck is built from) and that no warning names yet, is
 * said at its line. A layout leaving out a whole list warns once, at its first line; the items
 * under it that ask were dropped without a word.
 */
export function unreadLineWarnings(asking: Map<number, string>, kept: RootContent[], diagnostics: Diagnostic[], file: string): Diagnostic[] {
  const read = new Set<number>();
  for (const node of kept) {
    if (!node.position) continue;
    for (let l = node.position.start.line; l <= node.position.end.line; l++) read.add(l);
  }
  const said = new Set(diagnostics.map((d) => d.line));
  const unread = [...asking].filter(([line]) => !read.has(line) && !said.has(line));
  if (!unread.length) return [];
  // A layout makes a question of a line under a heading of its own (`## 1.` over `**Question:** What …?`):
  // the heading keeps its own line, the line's words are in it.
  const headings = kept
    .filter((n) => n.type === 'heading')
    .map((n) => letters(toString(n)))
    .join('\n');
  return unread
    .filter(([, words]) => {
      // Its ending after a label or a column (`**Q:** …`, `[1.2](#q-1-2) | …`), which the question's words leave off.
      const after = letters(words.split(/[:：|]/).pop() ?? '');
      const own = after.length >= 8 ? after : letters(words);
      return !headings.includes(own.slice(-ENDING));
    })
    .map(([line, words]) => ({
      file,
      line,
      severity: 'warning',
      code: 'left-out',
      message: `a line that asks was left out ("${clip(words, 60)}"): it is in no question, answer or introduction — write it as a "### …?" heading, or move it into an answer`,
    }));
}
