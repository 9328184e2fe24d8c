import { allQuestions, type Deck } from '../model/deck.js';
import type { BuildOptions } from '../model/build-options.js';
import type { Diagnostic } from '../model/deck.js';
import { wantsOutput } from '../config/config.js';

// The outputs that hold answered questions only (an open question is in the guide, the quiz and, with lines to write on, the cards), as a reader calls them.
const ANSWERED_ONLY: Record<string, string> = {
  cheatsheet: 'the cheat sheet',
  anki: 'the flashcard exports',
  csv: 'the flashcard exports',
  apkg: 'the flashcard exports',
  quizlet: 'the flashcard exports',
};

/**
 * A warning when none of a deck's questions has an answer (a bank of open questions) and the
 * build writes outputs that hold answered questions only: they come out empty, and say so here.
 * The cards are not among them: an open question's card is ruled for its answer.
 */
export function noAnswersWarning(deck: Deck, opts: Pick<BuildOptions, 'outputs' | 'quiz'>): Diagnostic | undefined {
  const questions = allQuestions(deck);
  if (!questions.length || questions.some((q) => !q.open)) return undefined;
  const empty = [
    ...new Set(
      Object.keys(ANSWERED_ONLY)
        .filter((name) => wantsOutput(name, opts))
        .map((name) => ANSWERED_ONLY[name]),
    ),
  ];
  if (!empty.length) return undefined;
  const listed = empty.length > 1 ? `${empty.slice(0, -1).join(', ')} and ${empty[empty.length - 1]}` : empty[0];
  const verb = empty.length > 1 || empty[0].endsWith('s') ? 'come' : 'comes';
  const ruled = wantsOutput('cards', opts) ? ', the cards rule space to write the answers in' : '';
  return {
    file: deck.file,
    line: 1,
    severity: 'warning',
    code: 'no-answers',
    message: `none of its ${questions.length} questions has an answer yet, so ${listed} ${verb} out empty — the guide (and --quiz) list them as open questions${ruled}`,
  };
}
