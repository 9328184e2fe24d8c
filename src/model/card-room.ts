import type { Deck, Question } from './deck.js';
import type { CardSize } from './paper.js';

// A card answer made from a full answer is cut with "…" where a card runs out of room. A 4×6
// card has three times a business card's face, so the cut is made for the size the build
// prints: the deck is read before the size is known, so a card cut at the smallest room also
// keeps its longer versions (RoomierCard), and the cards output picks one (cardForSize).

/** About how many characters a card answer made from a full answer may take on each card size. */
export const CARD_ROOM: Record<CardSize, number> = {
  business: 280,
  'business-85x54': 280,
  a7: 380,
  'index-3x5': 460,
  a6: 560,
  'index-4x6': 560,
};

/** The rooms above the smallest, each once, smallest first (the versions a cut card keeps). */
export const ROOMIER = [...new Set(Object.values(CARD_ROOM))].sort((a, b) => a - b).slice(1);

/** The question as a card of this size prints it: the longest version its room allows. */
export function cardForSize(q: Question, size: CardSize): Question {
  const room = CARD_ROOM[size];
  const version = q.cardRoomier?.filter((v) => v.chars <= room).at(-1);
  return version ? { ...q, cardHtml: version.html, cardText: version.text, cardCut: version.cut } : q;
}

/** The deck as cards of this size print it. */
export function deckForCardSize(deck: Deck, size: CardSize): Deck {
  return { ...deck, sections: deck.sections.map((s) => ({ ...s, questions: s.questions.map((q) => cardForSize(q, size)) })) };
}
