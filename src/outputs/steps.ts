import type { GuideStep, OutputStep } from './output.js';
import type { DeckSteps } from './run-steps.js';
import { OUTPUT_NAMES, type OutputName } from '../model/output-names.js';

/**
 * Every output step by name, in the order a deck's files are listed. Each module is loaded when
 * a deck first needs it: their libraries (pdf-lib, templates) load while the browser starts
 * instead of before the first deck is even parsed.
 */
const LOADERS: Record<OutputName, () => Promise<OutputStep | GuideStep>> = {
  guide: async () => (await import('./guide-output.js')).guideOutput,
  cheatsheet: async () => (await import('./cheatsheet-output.js')).cheatsheetOutput,
  cards: async () => (await import('./cards-output.js')).cardsOutput,
  quiz: async () => (await import('./quiz-output.js')).quizOutput,
  anki: async () => (await import('./anki-output.js')).ankiOutput,
  csv: async () => (await import('./csv-output.js')).csvOutput,
  apkg: async () => (await import('./apkg-output.js')).apkgOutput,
  quizlet: async () => (await import('./quizlet-output.js')).quizletOutput,
};

export { OUTPUT_NAMES };

/** Outputs printed by the browser (the others are written by Node alone). */
export const PRINTED_OUTPUTS = ['guide', 'cheatsheet', 'cards', 'quiz'];

/** True when some output these options want is printed by the browser (as config.ts wantsOutput reads them). */
export function printsAnything(opts: { outputs?: string[]; quiz?: boolean }): boolean {
  return !opts.outputs?.length || !!opts.quiz || opts.outputs.some((name) => PRINTED_OUTPUTS.includes(name));
}

/** The steps of these names, loaded: the guide apart, the others in OUTPUT_NAMES order. */
export async function loadSteps(names: string[]): Promise<DeckSteps> {
  const guide = names.includes('guide') ? ((await LOADERS.guide()) as GuideStep) : undefined;
  const rest = await Promise.all(OUTPUT_NAMES.filter((n) => n !== 'guide' && names.includes(n)).map((n) => LOADERS[n]() as Promise<OutputStep>));
  return { guide, rest };
}
