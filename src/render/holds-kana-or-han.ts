import { setsKanaOrHan } from './fonts.js';

/**
 * Whether any string of plain data (its values and its keys, as JSON would write them) sets kana
 * or ideographs (setsKanaOrHan). Every render of every part asked this of the whole deck by
 * serializing it first: a 5,000-question deck is a 20 MB string, made again for each of the
 * hundred-odd documents a build prints (a third of the build's time in Node). Walking the
 * strings in place reads the same text and makes none.
 */
export function holdsKanaOrHan(value: unknown, seen = new Set<object>()): boolean {
  if (typeof value === 'string') return setsKanaOrHan(value);
  if (value === null || typeof value !== 'object' || seen.has(value)) return false;
  seen.add(value);
  // A date, or anything else with its own JSON form, is read in that form.
  const own = (value as { toJSON?: () => unknown }).toJSON;
  if (typeof own === 'function') return holdsKanaOrHan(own.call(value), seen);
  if (Array.isArray(value)) return value.some((item) => holdsKanaOrHan(item, seen));
  return Object.entries(value).some(([key, item]) => item !== undefined && typeof item !== 'function' && (setsKanaOrHan(key) || holdsKanaOrHan(item, seen)));
}

/** holdsKanaOrHan's answer for each deck walked (the decks themselves are not kept). */
const deckAnswers = new WeakMap<object, boolean>();

/**
 * holdsKanaOrHan of a deck and its labels, the deck walked once: a build renders a large deck as a
 * hundred-odd documents (a 5,000-question deck: about 150, each walk 35–45 ms of CPU), and a
 * deck's text does not change between them (watch mode parses a new deck on each save).
 */
export function deckHoldsKanaOrHan(deck: object, labels: unknown): boolean {
  let answer = deckAnswers.get(deck);
  if (answer === undefined) deckAnswers.set(deck, (answer = holdsKanaOrHan(deck)));
  return answer || holdsKanaOrHan(labels);
}
