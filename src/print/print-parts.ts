import { eachLimited } from '../each-limited.js';

/**
 * Questions per printed part of a large deck (`--print-part`). Chromium's cost per page grows
 * with the length of the document (1,000 cards print in 5 s, 5,000 in 173 s), so large decks
 * print as parts of this size, side by side, and the parts are joined (merge-pdfs.ts).
 */
export const PART_QUESTIONS = 150;
/** Parts printed side by side: one per core of the 2-core machines we aim at. */
export const PART_CONCURRENCY = 2;

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
