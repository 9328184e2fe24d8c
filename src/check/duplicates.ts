import { quotedQuestion } from '../content/text.js';
import type { Question } from '../model/deck.js';
import type { Finding } from './finding.js';
import { canonicalWords, isTypo, typoKeys, wordSetKey } from './similar-text.js';
import { normalizeText } from '../content/text-words.js';

/**
 * Duplicate questions (same words, same order) and near-duplicates, each reported at the later
 * one as a warning (the build prints both questions). Near means the same content words in
 * another order, or differing only in small words ("a", "the"), a plural, or a typo inside one
 * long word; "slice()" vs "splice()" or "let" vs "set" are different questions.
 */
export function findDuplicates(file: string, questions: Question[]): Finding[] {
  const findings: Finding[] = [];
  const exact = new Map<string, Question>();
  const canonical = new Map<string, Question>();
  const wordSets = new Map<string, Question>();
  const typos = new Map<string, { q: Question; words: string[] }[]>();
  const at = (q: Question) => `Q${q.number} on line ${q.line}`;
  const near = (q: Question, other: Question, how: string) =>
    findings.push({
      file,
      line: q.line,
      level: 'warning',
      code: 'near-duplicate',
      message: `question ${quotedQuestion(q.text)} ${how} ${at(other)} (${quotedQuestion(other.text)}) — merge them or make them differ`,
    });
  for (const q of questions) {
    // "What does this print?" over two different listings asks two questions.
    const norm = normalizeText(q.promptText ? `${q.text}\n${q.promptText}` : q.text);
    if (!norm) continue;
    const words = canonicalWords(norm);
    const key = words.join(' ');
    const setKey = wordSetKey(key);
    const same = exact.get(norm);
    if (same) {
      findings.push({
        file,
        line: q.line,
        level: 'warning',
        code: 'duplicate-question',
        message: `duplicate question ${quotedQuestion(q.text)} (same as ${at(same)}) — remove one or reword it`,
      });
    } else if (key && canonical.has(key)) {
      near(q, canonical.get(key)!, 'is nearly the same as');
    } else if (key && wordSets.has(setKey)) {
      near(q, wordSets.get(setKey)!, 'has the same words as');
    } else {
      const hit = typoKeys(words)
        .flatMap((k) => typos.get(k) ?? [])
        .find((c) => isTypo(c.words, words));
      if (hit) near(q, hit.q, 'is a typo away from');
    }
    if (!same) exact.set(norm, q);
    if (!key) continue;
    if (!canonical.has(key)) canonical.set(key, q);
    if (!wordSets.has(setKey)) wordSets.set(setKey, q);
    for (const k of typoKeys(words)) typos.set(k, [...(typos.get(k) ?? []), { q, words }]);
  }
  return findings;
}
