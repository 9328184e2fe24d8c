import { allQuestions, type Deck } from '../model/deck.js';
import type { BuildOptions } from '../model/build-options.js';
import type { Diagnostic } from '../model/deck.js';
import { wantsOutput } from '../config/config.js';

// The outputs that hold answered questions only: a flashcard with an empty back teaches nothing.
// An open question is in the guide, the quiz, and ruled to write its answer in on the cheat sheet and the cards.
const EXPORTS = ['anki', 'csv', 'apkg', 'quizlet'];

/**
 * A warning when a deck has questions without an answer (a bank of open questions, or some left
 * open) and the build writes flashcard exports: they leave those out, and say so here, once, at
 * the first open question (line 1 when none is answered). A quiz of a deck with no answer at all
 * leaves out its answer key: said too.
 */
export function noAnswersWarning(deck: Deck, opts: Pick<BuildOptions, 'outputs' | 'quiz'>): Diagnostic | undefined {
  const questions = allQuestions(deck);
  const open = questions.filter((q) => q.open);
  const exports = EXPORTS.some((name) => wantsOutput(name, opts));
  // A quiz of open questions alone prints no answer key (templates/quiz.hbs): a page of "No answer yet." keys nothing.
  const keyless = open.length === questions.length && wantsOutput('quiz', opts);
  if (!open.length || (!exports && !keyless)) return undefined;
  const ruled = ['cheatsheet', 'cards'].filter((name) => wantsOutput(name, opts));
  const writeIn = ruled.length
    ? `, ${ruled.map((name) => (name === 'cards' ? 'the cards' : 'the cheat sheet')).join(' and ')} ${ruled.length > 1 || ruled[0] === 'cards' ? 'rule' : 'rules'} space to write the answers in`
    : '';
  if (open.length === questions.length) {
    return {
      file: deck.file,
      line: 1,
      severity: 'warning',
      code: 'no-answers',
      message: exports
        ? `none of its ${questions.length} questions has an answer yet, so the flashcard exports come out empty${keyless ? ' and the quiz has no answer key' : ''} — the guide (and --quiz) list them as open questions${writeIn}`
        : `none of its ${questions.length} questions has an answer yet, so the quiz has no answer key — the guide lists them as open questions${writeIn}`,
    };
  }
  const first = open[0];
  const more = open.length > 1 ? ` and ${open.length - 1} more` : '';
  return {
    file: first.file ?? deck.file,
    line: first.line,
    severity: 'warning',
    code: 'no-answers',
    message: `"${first.text}"${more} ${open.length > 1 ? 'have' : 'has'} no answer yet, so the flashcard exports leave ${open.length > 1 ? 'them' : 'it'} out — answer ${open.length > 1 ? 'them' : 'it'} to export ${open.length > 1 ? 'them' : 'it'}${writeIn}`,
  };
}
