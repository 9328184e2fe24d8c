import type { Level } from '../model/deck.js';

// A bank's sections named after their level: "Beginner-Level Questions", "## Advanced", "Basics".
const LEVEL_NAMES: [RegExp, Level][] = [
  [/^(?:easy|beginners?|basics?|fundamentals|entry[- ]level|junior)\b/i, 'easy'],
  [/^(?:medium|intermediate|mid[- ]level)\b/i, 'medium'],
  [/^(?:hard|advanced|expert|senior)\b/i, 'hard'],
];

/** The level a foreign bank's section title names by its first word: its questions' default. */
export const levelNamed = (title: string): Level | undefined => LEVEL_NAMES.find(([words]) => words.test(title.replace(/^[\p{P}\p{S}\d\s]+/u, '')))?.[1];
