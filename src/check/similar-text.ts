import { MAX_TITLE_CHARS } from '../content/deck-limits.js';

/** The distinct words of a normalized text, sorted: equal for the same words in another order. */
export function wordSetKey(normalized: string): string {
  return [...new Set(normalized.split(' '))].sort().join(' ');
}

/**
 * Levenshtein distance, or `limit + 1` as soon as it must exceed `limit`: only a band of
 * width 2·limit+1 around the diagonal is computed, so near-equal strings cost O(n·limit).
 */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const over = limit + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j <= limit ? j : over;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    cur.fill(over);
    cur[0] = i <= limit ? i : over;
    let best = cur[0];
    for (let j = from; j <= to; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j - 1] + cost, prev[j] + 1, cur[j - 1] + 1, over);
      if (cur[j] < best) best = cur[j];
    }
    if (best > limit) return over;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[b.length], over);
}

// Words that do not change what a question asks.
const SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'is',
  'are',
  'was',
  'be',
  'do',
  'does',
  'did',
  'of',
  'in',
  'on',
  'for',
  'to',
  'and',
  'or',
  'you',
  'your',
  'we',
  'i',
  'it',
  'its',
  'this',
  'that',
  'please',
  'explain',
  'describe',
  'briefly',
]);
/** A typo is looked for only in words this long: in shorter ones one letter makes another word (let/set, slice/splice). */
const TYPO_WORD = 8;

/** The words that carry a normalized question's meaning: small words dropped, plurals made singular. */
export function canonicalWords(normalized: string): string[] {
  return normalized
    .split(' ')
    .filter((w) => w && !SMALL_WORDS.has(w))
    .map(singular);
}

function singular(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:ss|ch|sh|x)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

const IDEOGRAPHIC = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * True when two word lists differ in one long word only, by one changed letter or two swapped
 * neighbours, neither at the word's start ("kubernetes"/"kuberentes"; not "synchronous"/
 * "asynchronous", where a prefix makes another word).
 */
export function isTypo(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  const diff = a.flatMap((w, i) => (w === b[i] ? [] : [i]));
  if (diff.length !== 1) return false;
  const [x, y] = [a[diff[0]], b[diff[0]]];
  if (x.length !== y.length || x.length < TYPO_WORD || x[0] !== y[0]) return false;
  const at = [...x].flatMap((c, i) => (c === y[i] ? [] : [i]));
  // A character of Chinese, Japanese or Korean is a word of its own (強み/弱み, 线程/协程): no slip.
  if (at.some((i) => IDEOGRAPHIC.test(x[i]) || IDEOGRAPHIC.test(y[i]))) return false;
  if (at.length === 1) return true;
  return at.length === 2 && at[1] === at[0] + 1 && x[at[0]] === y[at[1]] && x[at[1]] === y[at[0]];
}

/**
 * Keys under which two questions a typo apart meet: the words with one long word's letter (or
 * pair of neighbouring letters) masked. Equal keys are only candidates; isTypo decides.
 */
export function typoKeys(words: string[]): string[] {
  const keys: string[] = [];
  // Each key is as long as the question: a question over the length limit (refused with its own
  // error, content/deck-limits.ts) made its square in keys, minutes for one of 20,000 letters.
  if (words.reduce((n, w) => n + w.length + 1, 0) > MAX_TITLE_CHARS) return keys;
  words.forEach((w, i) => {
    if (w.length < TYPO_WORD) return;
    const rest = (m: string) => [...words.slice(0, i), m, ...words.slice(i + 1)].join(' ');
    for (let k = 1; k < w.length; k++) keys.push(rest(`${w.slice(0, k)}?${w.slice(k + 1)}`), rest(`${w.slice(0, k)}??${w.slice(k + 2)}`));
  });
  return keys;
}
