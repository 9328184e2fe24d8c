/** Question text reduced to its words: lowercase, accents and punctuation gone. */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

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

/** Edits allowed between two questions still called near-duplicates: about 8 %, none for short ones. */
export function editLimit(length: number): number {
  return length < 20 ? 0 : Math.min(6, Math.max(1, Math.floor(length * 0.08)));
}

/** Letter counts of a normalized text in 64 buckets (other scripts hashed in), for a cheap bound. */
export function letterCounts(text: string): Int32Array {
  const counts = new Int32Array(64);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const bucket = c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? c - 22 : c === 32 ? 36 : 37 + (c % 27);
    counts[bucket]++;
  }
  return counts;
}

/**
 * The "bag distance": letters one text has that the other lacks, the larger side. Each edit
 * changes at most one letter on each side, so it never exceeds the edit distance (merging
 * letters into buckets only lowers it further).
 */
export function bagDistance(a: Int32Array, b: Int32Array): number {
  let onlyA = 0;
  let onlyB = 0;
  for (let i = 0; i < 64; i++) {
    const d = a[i] - b[i];
    if (d > 0) onlyA += d;
    else onlyB -= d;
  }
  return Math.max(onlyA, onlyB);
}
