import type { Diagnostic, Question } from '../model/deck.js';
import { quotedQuestion } from './text.js';

// A bank read into our heading format that never writes a `> card answer` (its layout has no
// short answers) warned once a question: a wall of the same words, the deck's real warnings lost
// in it. There, it is one warning with the count and the first place; a deck that gives some
// questions card answers still hears of each one it missed.

/**
 * The deck's warnings with its `no-card-answer` ones folded into one, at the first's place, when
 * no question of the deck has a card answer of its own and two or more warned.
 */
export function foldCardWarnings(diagnostics: Diagnostic[], questions: Question[]): Diagnostic[] {
  const uncarded = diagnostics.filter((d) => d.code === 'no-card-answer');
  if (uncarded.length < 2 || questions.some((q) => !q.open && !q.cardGenerated)) return diagnostics;
  const [first] = uncarded;
  const asked = questions.find((q) => q.line === first.line)?.text;
  const message = `${uncarded.length} questions have no card answer (the first: ${quotedQuestion(asked ?? '')}); their first sentences are used — a "> card answer" line under a question chooses its card`;
  return diagnostics.flatMap((d) => (d === first ? [{ ...first, message }] : d.code === 'no-card-answer' ? [] : [d]));
}
