import { quotedQuestion } from '../content/text.js';
import type { Question } from '../model/deck.js';
import { CARD_SIZES, type CardSize } from '../model/paper.js';
import type { Finding } from './finding.js';

/** The smallest size cards are scaled to (the cards step measures exactly; this is an estimate). */
const MIN_PT = 7;
/** Average glyph width as a share of the font size, for the body fonts we print with. */
const GLYPH_EM = 0.5;
const LINE_EM = 1.35;
/** Card padding, header and footer, in points; and space lost to line ends and paragraph breaks. */
const CHROME_W = 29;
const CHROME_H = 50;
const FILL = 0.85;

/** About how many characters of question and card answer fit on a card at the minimum size. */
export function cardCapacity(size: CardSize): number {
  const { width, height } = CARD_SIZES[size];
  const perLine = (width * 72 - CHROME_W) / (MIN_PT * GLYPH_EM);
  const lines = Math.floor((height * 72 - CHROME_H) / (MIN_PT * LINE_EM));
  return Math.floor(perLine * lines * FILL);
}

/** Card answers whose card would overflow even at 7 pt on the chosen card size. */
export function findLongCards(file: string, questions: Question[], size: CardSize): Finding[] {
  const capacity = cardCapacity(size);
  return questions
    .filter((q) => cardLength(q) > capacity)
    .map((q) => ({
      file,
      line: q.line,
      level: 'warning' as const,
      code: 'card-too-long',
      message: `card answer of ${quotedQuestion(q.text)} is too long for a ${size} card (${cardLength(q)} characters with the question; about ${capacity} fit at ${MIN_PT} pt) — shorten the "> card answer" or use a larger --card-size`,
    }));
}

/** Characters a card prints: the question, what it asks about (its options), the card answer. */
const cardLength = (q: Question): number => q.text.length + (q.promptText?.length ?? 0) + q.cardText.length;
