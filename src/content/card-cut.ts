import { allQuestions, type Deck, type Diagnostic } from '../model/deck.js';
import { cardForSize } from '../model/card-room.js';
import type { CardSize } from '../model/paper.js';

// A card made from a full answer is cut with "…" when its first sentence (or its list, its
// table) is longer than a card holds. The cut was silent: a reader of the deck learnt of it
// only on the printed card. One warning per deck names every cut question, so the author can
// write the "> card answer" that says it whole. A card is cut for the size printed (a 4×6 card
// holds more than a business card, model/card-room.ts), so the warning is made for that size.

/** Whether a derived card's text was cut: a line ends in "…" that the full answer does not hold there. */
export function isCutCard(cardText: string, answerText: string): boolean {
  const flat = answerText.replace(/\s+/g, ' ');
  return cardText.split('\n').some((line) => {
    const end = line.trimEnd();
    if (!end.endsWith('…')) return false;
    // The words before the mark, as the answer writes them: an answer that itself ends "and so on…" is not cut.
    const tail = end.slice(-24).replace(/\s+/g, ' ');
    return !flat.includes(tail);
  });
}

/** One warning per file for the deck's cards cut on this card size, at the first, naming each as file:line; none when no card was cut. */
export function cutCardWarnings(deck: Deck, size: CardSize): Diagnostic[] {
  const byFile = new Map<string, number[]>();
  for (const q of allQuestions(deck)) {
    if (!cardForSize(q, size).cardCut) continue;
    const file = q.file ?? deck.file;
    byFile.set(file, [...(byFile.get(file) ?? []), q.line]);
  }
  return [...byFile].flatMap(([file, lines]) => cutCardWarning(file, lines, size));
}

function cutCardWarning(file: string, lines: number[], size: CardSize): Diagnostic[] {
  // One cut is said at its own place; several are listed, each as file:line (the warning stands at the first).
  const what = lines.length === 1 ? 'a card answer made from its full answer is' : `${lines.length} card answers made from their full answers are`;
  const places = lines.length === 1 ? '' : ` (${lines.map((line) => `${file}:${line}`).join(', ')})`;
  return [
    {
      file,
      line: lines[0],
      severity: 'warning',
      code: 'card-cut',
      message: `${what} cut with "…" to fit ${size} cards${places} — a "> card answer" line under the question says it whole, or a larger --card-size holds more`,
    },
  ];
}
