import { allQuestions, type Deck } from '../content/model.js';
import type { OutputStep } from './output.js';

/** What stands for a line break inside a card: Quizlet's import reads one card a line. */
export const LINE_BREAK = ' / ';

/**
 * quizlet.txt: one card a line, the term (question), a tab, the definition (card answer), as
 * Quizlet's import box takes them with "Between term and definition: Tab" and "Between cards:
 * New line". Plain text: tabs and line breaks inside a card are folded so each card stays one line.
 */
export const quizletOutput: OutputStep = {
  name: 'quizlet',
  async run({ deck }) {
    return [{ name: 'quizlet.txt', data: quizletText(deck) }];
  },
};

/** The import text of a deck: one `term<TAB>definition` line per question. */
export function quizletText(deck: Deck): string {
  return allQuestions(deck)
    // A card answer with no text (only an image) falls back to the full answer's text.
    .map((q) => `${oneLine(q.text)}\t${oneLine(q.cardText) || oneLine(q.answerText) || '—'}\n`)
    .join('');
}

/** Line breaks become " / ", tabs and runs of spaces one space. */
function oneLine(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/[\t\s]+/g, ' ').trim())
    .filter(Boolean)
    .join(LINE_BREAK);
}
