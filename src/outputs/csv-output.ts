import { allQuestions, answeredOnly, type Deck } from '../model/deck.js';
import type { OutputStep } from './output.js';
import { htmlLine } from './quizlet-output.js';
import { startsFormula } from './formula-cells.js';
import { deckLabels, questionLabel } from '../model/question-label.js';

/** Column names of cards.csv, its first row. */
export const CSV_COLUMNS = ['question', 'card answer', 'level', 'tags'] as const;

/**
 * cards.csv: question, card answer, level and tags as plain text, RFC 4180 (comma-separated,
 * CRLF rows, fields quoted when they hold a comma, quote or line break), for spreadsheets and
 * flashcard tools that import CSV.
 */
export const csvOutput: OutputStep = {
  name: 'csv',
  async run({ deck }) {
    return [{ name: 'cards.csv', data: cardsCsv(answeredOnly(deck)) }];
  },
};

/** The CSV text of a deck: a header row, then one row per question. */
export function cardsCsv(deck: Deck): string {
  const labels = deckLabels(deck);
  // A card answer with no text (only a picture) gives the picture's description, as quizlet.txt does.
  const rows = allQuestions(deck).map((q) => [
    // A follow-up names the question it follows up on the line over it (`Q20 Props?`).
    `${q.followsUp ? `${questionLabel(labels, q.followsUp.number)} ${q.followsUp.text}\n` : ''}${q.promptText ? `${q.text}\n${q.promptText}` : q.text}`,
    q.cardText || htmlLine(q.cardHtml),
    q.level,
    q.tags.join(', '),
  ]);
  return [[...CSV_COLUMNS], ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** One field, quoted when needed; a leading formula character is defused for spreadsheets. */
export function csvField(value: string): string {
  // A shared deck must not run formulas in someone's spreadsheet: "=cmd|…" becomes text, and so
  // does "-2+3+cmd|…" (a minus and a number start a formula too); a negative number stays a number.
  const safe = startsFormula(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}
