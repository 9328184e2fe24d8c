import type { Level } from '../model/deck.js';

// A bank's sections named after their level: "Beginner-Level Questions", "## Advanced", "Basics".
const LEVEL_NAMES: [RegExp, Level][] = [
  [/^(?:easy|beginners?|basics?|fundamentals|entry[- ]level|junior)\b/i, 'easy'],
  [/^(?:medium|intermediate|mid[- ]level)\b/i, 'medium'],
  [/^(?:hard|advanced|expert|senior)\b/i, 'hard'],
];

/** The level a foreign bank's section title names by its first word: its questions' default. */
export const levelNamed = (title: string): Level | undefined => LEVEL_NAMES.find(([words]) => words.test(title.replace(/^[\p{P}\p{S}\d\s]+/u, '')))?.[1];

// A bank's own word for a question's level: "Difficulty: Beginner", "Level: 🟢 Easy", "Niveau : avancé".
const LEVEL_WORDS: [RegExp, Level][] = [
  [/^(?:easy|beginner|basic|junior|entry|simple|low|facile|fácil|einfach|leicht|débutant|principiante)\b/i, 'easy'],
  [/^(?:medium|intermediate|mid|moderate|normal|moyen|intermédiaire|medio|intermedio|mittel)\b/i, 'medium'],
  [/^(?:hard|advanced|expert|senior|difficult|high|difficile|difícil|avancé|avanzado|schwer|fortgeschritten)\b/i, 'hard'],
];
const LEVEL_LINE = /^\s*(?:difficulty|level|niveau|nivel|dificultad|schwierigkeit|schwierigkeitsgrad)\s*[:：]\s*(.+?)\s*$/i;

/** The level a foreign bank's `Difficulty: Beginner` line gives, when it is such a line and names one. */
export function levelLine(text: string): Level | undefined {
  const value = LEVEL_LINE.exec(text)?.[1];
  if (!value || value.includes('\n')) return undefined;
  const word = value.replace(/^[^\p{L}]+/u, '');
  return LEVEL_WORDS.find(([words]) => words.test(word))?.[1];
}
