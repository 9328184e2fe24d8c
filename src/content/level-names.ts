import type { Level } from '../model/deck.js';
import { seniorityLevel } from './seniority.js';

/**
 * The words banks use for a level. `named`: they also name a section after it ("Beginner-Level
 * Questions", "## Advanced", "Basics"); `said`: only as a value (`Difficulty: Simple`), since a
 * section "High availability" or "Normal forms" names no level.
 */
const LEVEL_WORDS: { level: Level; named: string; said: string }[] = [
  { level: 'easy', named: 'easy|beginners?|basics?|fundamentals|entry[- ]level|junior', said: 'entry|simple|low|foundational|foundation|facile|fácil|einfach|leicht|débutant|principiante|básico|basico|básica|iniciante|初级|初級|简单|簡単|入门|基础|초급|쉬움' },
  { level: 'medium', named: 'medium|intermediate|mid[- ]level|middle', said: 'mid|moderate|normal|moyen|intermédiaire|medio|media|intermedio|médio|intermediário|mittel|中级|中級|中等|普通|중급|보통' },
  { level: 'hard', named: 'hard|advanced|expert|experienced|senior', said: 'difficult|high|staff|principal|lead|difficile|difícil|avancé|avanzado|avançado|alto|alta|schwer|fortgeschritten|高级|高級|困难|困難|难|難しい|고급|어려움' },
];

const opening = (words: string) => new RegExp(`^(?:${words})(?![\\p{L}\\p{N}])`, 'iu');
const NAMED = LEVEL_WORDS.map((w) => ({ level: w.level, test: opening(w.named) }));
const SAID = LEVEL_WORDS.map((w) => ({ level: w.level, test: opening(`${w.named}|${w.said}`) }));

// A section marked in traffic-light colours before its name (`## 🟢 1. Seviye: …`, `## 🔴 Level 3`).
const MARKS: Record<string, Level> = { '🟢': 'easy', '🟡': 'medium', '🟠': 'medium', '🔴': 'hard' };
const MARK = /^\s*(🟢|🟡|🟠|🔴)/u;

/**
 * The level a foreign bank's section title names by its first word, or by its traffic-light mark: its
 * questions' default. A group's title under its heading's (`Kubernetes — Advanced`) names it by its own part.
 */
export const levelNamed = (title: string): Level | undefined =>
  named(title) ?? named(title.split(' — ').pop() ?? title) ?? levelLine(title.split(' — ').pop() ?? title) ?? seniorityLevel(title);

const named = (title: string): Level | undefined =>
  MARKS[MARK.exec(title)?.[1] ?? ''] ?? NAMED.find((w) => w.test.test(title.replace(/^[\p{P}\p{S}\d\s]+/u, '')))?.level;

const LEVEL_LINE = /^\s*(?:difficulty|level|niveau|nivel|dificultad|schwierigkeit|schwierigkeitsgrad)\s*[:：]\s*(.+?)\s*$/i;

/** The level a foreign bank's `Difficulty: Beginner` line gives (`Level: 🟢 Easy`, `Niveau : avancé`), when it is such a line and names one. */
export function levelLine(text: string): Level | undefined {
  const value = LEVEL_LINE.exec(text)?.[1];
  if (!value || value.includes('\n')) return undefined;
  // A traffic-light mark alone (`Level: 🟢`, a table's level column of marks) names one too.
  return SAID.find((w) => w.test.test(value.replace(/^[^\p{L}]+/u, '')))?.level ?? MARKS[MARK.exec(value)?.[1] ?? ''];
}
