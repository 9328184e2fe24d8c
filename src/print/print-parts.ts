import { eachLimited } from '../each-limited.js';
import type { Deck } from '../model/deck.js';
import type { GuidePart, GuideSlice } from '../render/render-guide.js';
import { BROWSER_CONCURRENCY } from '../model/concurrency.js';

/**
 * Questions per printed part of a large deck (`--print-part`). Chromium's cost per page grows
 * with the length of the document (1,000 cards print in 5 s, 5,000 in 173 s), so large decks
 * print as parts of this size, side by side, and the parts are joined (merge-pdfs.ts).
 */
export const PART_QUESTIONS = 150;
/** Parts printed side by side: one per core of the 2-core machines we aim at. */
export const PART_CONCURRENCY = BROWSER_CONCURRENCY;

/**
 * Cuts `count` items (sheets of cards, …) into ranges [from, to) of `perPart`; one range for
 * everything when that is at most two parts' worth or when `whole` is asked for.
 */
export function sheetRanges(count: number, perPart: number, whole = false): [number, number][] {
  if (whole || count <= perPart * 2) return [[0, count]];
  const ranges: [number, number][] = [];
  for (let from = 0; from < count; from += perPart) ranges.push([from, Math.min(count, from + perPart)]);
  return ranges;
}

/** fn over every item, PART_CONCURRENCY at a time; results in item order. */
export async function inParallel<T, R>(items: readonly T[], fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  await eachLimited(items, PART_CONCURRENCY, async (item, i) => {
    results[i] = await fn(item, i);
  });
  return results;
}

/**
 * Body slices of about PART_QUESTIONS questions each, cut between sections where it can and
 * inside a section only when the section alone is larger. The outro goes with the last part.
 */
export function planParts(deck: Deck, size = PART_QUESTIONS): GuidePart[] {
  const parts: GuideSlice[][] = [[]];
  let count = 0;
  deck.sections.forEach((section, index) => {
    const n = section.questions.length;
    if (count > 0 && count + n > size) {
      parts.push([]);
      count = 0;
    }
    for (let from = 0; from < n || (n === 0 && from === 0); from += size) {
      if (count >= size) {
        parts.push([]);
        count = 0;
      }
      const to = Math.min(n, from + size);
      parts[parts.length - 1].push({ section: index, from, to });
      count += to - from;
      if (n === 0) break;
    }
  });
  return parts.map((slices, i) => ({ front: false, slices, outro: i === parts.length - 1 }));
}

/** First page (1-based) of each part of `counts` pages, after `front` pages before them. */
export function startsOf(front: number, counts: number[]): number[] {
  let next = front + 1;
  return counts.map((count) => {
    const start = next;
    next += count;
    return start;
  });
}
