import { toString } from 'mdast-util-to-string';
import type { List, Paragraph, RootContent } from 'mdast';
import { countsUp } from './counting-on.js';

// `1.What is a view?` typed with no space after the number, one question a paragraph: markdown
// sees no list, so nothing counts the questions. Three such paragraphs counting up make them the
// numbered items they were meant to be (`1. What is a view?`), each a list of one item.
const GLUED = /^(\d{1,3})\.(?=\p{L})/u;
// Chinese banks number their questions `一、…？` or `1、…？` (an enumeration comma, not a full stop): markdown sees no list either.
const ENUMERATED = /^([一二三四五六七八九十]{1,3}|\d{1,3})\s*[、，]\s*(?=\S)/u;
const NUMERALS = '一二三四五六七八九';

/** 一 → 1, 十二 → 12, 二十三 → 23 (up to 九十九), or a number in digits. */
function numeralValue(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(word);
  if (!m || (!m[2] && m[1] && m[3])) return undefined;
  const digit = (c?: string) => (c ? NUMERALS.indexOf(c) + 1 : 0);
  return m[2] ? (m[1] ? digit(m[1]) : 1) * 10 + digit(m[3]) : digit(m[1] ?? m[3]);
}

/** The number a one-line paragraph opens with, glued to its words (or set off by `、`), and how it is written; or undefined. */
function numbered(node: RootContent): { value: number; pattern: RegExp } | undefined {
  if (node.type !== 'paragraph' || node.children[0]?.type !== 'text') return undefined;
  const text = toString(node);
  if (text.includes('\n')) return undefined;
  const glued = GLUED.exec(text);
  if (glued) return { value: Number(glued[1]), pattern: GLUED };
  const listed = ENUMERATED.exec(text);
  const value = listed ? numeralValue(listed[1]) : undefined;
  return value ? { value, pattern: ENUMERATED } : undefined;
}

const gluedNumber = (node: RootContent): number | undefined => numbered(node)?.value;

/** The blocks with such paragraphs made numbered items, where three at least count up (1, 2, 3 …, a number typed twice or begun again at 1 too). */
export function gluedNumbers(nodes: RootContent[]): RootContent[] {
  const numbers = nodes.map(gluedNumber);
  const found = numbers.filter((n): n is number => n !== undefined);
  if (found.length < 3 || !countsUp(found, true)) return nodes;
  return nodes.map((node, i) => {
    const start = numbers[i];
    if (start === undefined) return node;
    const p = node as Paragraph;
    const [first, ...rest] = p.children;
    const { pattern } = numbered(node)!;
    const words: Paragraph = { ...p, children: [{ ...(first as { type: 'text'; value: string }), value: (first as { value: string }).value.replace(pattern, '') }, ...rest] };
    const list: List = { type: 'list', ordered: true, start, spread: false, children: [{ type: 'listItem', spread: false, children: [words], position: p.position }], position: p.position };
    return list;
  });
}
