import { CJK_CHARS } from './fonts.js';

/** Adds the Chinese, Japanese and Korean characters of every string in `value` (values and keys, as holdsKanaOrHan walks them) to `into`. */
function collect(value: unknown, into: Set<number>, seen: Set<object>): void {
  if (typeof value === 'string') {
    for (const m of value.matchAll(CJK_CHARS)) into.add(m[0].codePointAt(0)!);
    return;
  }
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  const own = (value as { toJSON?: () => unknown }).toJSON;
  if (typeof own === 'function') return collect(own.call(value), into, seen);
  if (Array.isArray(value)) return value.forEach((item) => collect(item, into, seen));
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined || typeof item === 'function') continue;
    collect(key, into, seen);
    collect(item, into, seen);
  }
}

const byDeck = new WeakMap<object, Set<number>>();

/**
 * The Chinese, Japanese and Korean characters a deck and its labels print, sorted: the characters
 * an installed CJK face is redrawn for (system-cjk-faces.ts). The deck is walked once; a build
 * renders it as many documents.
 */
export function deckCjkChars(deck: object, labels: unknown): number[] {
  let chars = byDeck.get(deck);
  if (!chars) {
    chars = new Set();
    collect(deck, chars, new Set());
    byDeck.set(deck, chars);
  }
  const all = new Set(chars);
  collect(labels, all, new Set());
  return [...all].sort((a, b) => a - b);
}
