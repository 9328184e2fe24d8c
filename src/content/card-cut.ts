import type { Diagnostic } from '../model/deck.js';

// A card made from a full answer is cut with "…" when its first sentence (or its list, its
// table) is longer than a card holds. The cut was silent: a reader of the deck learnt of it
// only on the printed card. One warning per deck names every cut question, so the author can
// write the "> card answer" that says it whole.

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

/** One warning for a deck's cut cards, at the first one, naming each as file:line; none when no card was cut. */
export function cutCardWarning(file: string, lines: number[]): Diagnostic[] {
  if (!lines.length) return [];
  // One cut is said at its own place; several are listed, each as file:line (the warning stands at the first).
  const what = lines.length === 1 ? 'a card answer made from its full answer is' : `${lines.length} card answers made from their full answers are`;
  const places = lines.length === 1 ? '' : ` (${lines.map((line) => `${file}:${line}`).join(', ')})`;
  return [{ file, line: lines[0], severity: 'warning', code: 'card-cut', message: `${what} cut with "…" to fit a card${places} — a "> card answer" line under the question says it whole` }];
}
