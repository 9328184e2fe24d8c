import type { Question } from '../content/model.js';
import type { Finding } from './finding.js';
import { boundedEditDistance, editLimit, normalizeText, wordSetKey } from './similar-text.js';

/**
 * Duplicate questions (same words, same order: an error) and near-duplicates (the same words
 * in another order, or a few typed characters apart: warnings), each reported at the later one.
 */
export function findDuplicates(file: string, questions: Question[]): Finding[] {
  const findings: Finding[] = [];
  const exact = new Map<string, Question>();
  const wordSets = new Map<string, Question>();
  const seen: { q: Question; norm: string }[] = [];
  const at = (q: Question) => `Q${q.number} on line ${q.line}`;
  for (const q of questions) {
    const norm = normalizeText(q.text);
    if (!norm) continue;
    const same = exact.get(norm);
    const sameWords = wordSets.get(wordSetKey(norm));
    if (same) {
      findings.push({ file, line: q.line, level: 'error', code: 'duplicate-question', message: `duplicate question "${q.text}" (same as ${at(same)}) — remove one or reword it` });
    } else if (sameWords) {
      findings.push({ file, line: q.line, level: 'warning', code: 'near-duplicate', message: `question "${q.text}" has the same words as ${at(sameWords)} in another order — merge them or make them differ` });
    } else {
      const limit = editLimit(norm.length);
      const close = limit > 0 ? seen.find((s) => boundedEditDistance(s.norm, norm, limit) <= limit) : undefined;
      if (close) {
        findings.push({ file, line: q.line, level: 'warning', code: 'near-duplicate', message: `question "${q.text}" is nearly the same as ${at(close.q)} ("${close.q.text}") — merge them or make them differ` });
      }
    }
    if (!same) exact.set(norm, q);
    if (!wordSets.has(wordSetKey(norm))) wordSets.set(wordSetKey(norm), q);
    seen.push({ q, norm });
  }
  return findings;
}
