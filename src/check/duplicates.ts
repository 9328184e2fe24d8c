import type { Question } from '../model/deck.js';
import type { Finding } from './finding.js';
import { bagDistance, boundedEditDistance, editLimit, letterCounts, normalizeText, wordSetKey } from './similar-text.js';

/**
 * Duplicate questions (same words, same order: an error) and near-duplicates (the same words
 * in another order, or a few typed characters apart: warnings), each reported at the later one.
 */
export function findDuplicates(file: string, questions: Question[]): Finding[] {
  const findings: Finding[] = [];
  const exact = new Map<string, Question>();
  const wordSets = new Map<string, Question>();
  // Earlier questions by text length: only those a few characters longer or shorter can be close.
  const byLength = new Map<number, { q: Question; norm: string; counts: Int32Array }[]>();
  const at = (q: Question) => `Q${q.number} on line ${q.line}`;
  for (const q of questions) {
    const norm = normalizeText(q.text);
    if (!norm) continue;
    const counts = letterCounts(norm);
    const same = exact.get(norm);
    const sameWords = wordSets.get(wordSetKey(norm));
    if (same) {
      findings.push({ file, line: q.line, level: 'error', code: 'duplicate-question', message: `duplicate question "${q.text}" (same as ${at(same)}) — remove one or reword it` });
    } else if (sameWords) {
      findings.push({ file, line: q.line, level: 'warning', code: 'near-duplicate', message: `question "${q.text}" has the same words as ${at(sameWords)} in another order — merge them or make them differ` });
    } else {
      const close = findClose(norm, counts, byLength);
      if (close) {
        findings.push({ file, line: q.line, level: 'warning', code: 'near-duplicate', message: `question "${q.text}" is nearly the same as ${at(close.q)} ("${close.q.text}") — merge them or make them differ` });
      }
    }
    if (!same) exact.set(norm, q);
    if (!wordSets.has(wordSetKey(norm))) wordSets.set(wordSetKey(norm), q);
    const bucket = byLength.get(norm.length) ?? [];
    bucket.push({ q, norm, counts });
    byLength.set(norm.length, bucket);
  }
  return findings;
}

/** The first earlier question within the edit limit; the letter-count bound skips most pairs cheaply. */
function findClose(norm: string, counts: Int32Array, byLength: Map<number, { q: Question; norm: string; counts: Int32Array }[]>) {
  const limit = editLimit(norm.length);
  if (limit === 0) return undefined;
  let best: { q: Question } | undefined;
  for (let len = norm.length - limit; len <= norm.length + limit; len++) {
    for (const other of byLength.get(len) ?? []) {
      if (best && other.q.number > best.q.number) break;
      if (bagDistance(counts, other.counts) <= limit && boundedEditDistance(other.norm, norm, limit) <= limit) {
        best = other;
        break;
      }
    }
  }
  return best;
}
