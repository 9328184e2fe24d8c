import type { Level } from '../model/deck.js';

// The seniority a bank writes for whom a group of questions is (`## Questions for a Junior
// developer`, `## Вопросы для Middle`, `## Para sêniores`, `# Go для джунов`), anywhere in a
// title: Junior easy, Middle (Mid-level, Pleno, Semi-Senior) medium, Senior hard. Russian banks
// spell them in Cyrillic too, inflected (`джуна`, `сеньоров`). `Mid` alone counts only as the
// whole title or before "level" (a "mid-way" names nothing).
const WORDS: { level: Level; test: RegExp }[] = [
  { level: 'medium', test: /(?<![\p{L}\p{N}])(?:middle|mid(?=[- ]?level|\s*\+?\s*$)|pleno|semi[- ]?s[eéê]nior(?:es|s)?|мидл\p{L}*|миддл\p{L}*)(?![\p{L}\p{N}])/iu },
  { level: 'easy', test: /(?<![\p{L}\p{N}])(?:j[uú]niors?|j[uú]niores|джун\p{L}*)(?![\p{L}\p{N}])/iu },
  { level: 'hard', test: /(?<![\p{L}\p{N}]|semi[- ]?)(?:s[eéê]niors?|s[eéê]niores|сеньор\p{L}*|синьор\p{L}*)(?![\p{L}\p{N}])/iu },
];

/**
 * The level a title's seniority word gives, when it names exactly one (`Junior to Senior` names
 * a range, not a level).
 */
export function seniorityLevel(title: string): Level | undefined {
  const found = WORDS.filter((w) => w.test.test(title));
  return found.length === 1 ? found[0].level : undefined;
}
