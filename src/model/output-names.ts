/** The outputs a build can make, in the order a deck's files are listed (outputs/steps.ts loads each). */
export const OUTPUT_NAMES = ['guide', 'cheatsheet', 'cards', 'quiz', 'anki', 'csv', 'apkg', 'quizlet'] as const;

/** One output's name. */
export type OutputName = (typeof OUTPUT_NAMES)[number];
