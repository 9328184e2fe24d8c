import { allQuestions, LEVELS, type Deck, type Question } from '../model/deck.js';
import { perSheet } from './card-sheet.js';
import { cardGeometry, type CardsRenderOptions } from './render-cards.js';

/**
 * A stand-in deck of numbered cards that fills one sheet: printed with the same imposition as
 * the real cards, back N lands behind front N exactly when the printer flips as chosen.
 */
export function duplexTestDeck(deck: Deck, opts: CardsRenderOptions): Deck {
  const g = cardGeometry(opts);
  const edge = opts.duplex ?? 'long';
  const other = edge === 'long' ? 'short' : 'long';
  const template = allQuestions(deck)[0] ?? {};
  const questions = Array.from({ length: perSheet(g) }, (_, i): Question => {
    const n = i + 1;
    const text = `Duplex check: front ${n}`;
    return {
      ...(template as Question),
      id: `duplex-${n}`,
      number: n,
      text,
      html: `Duplex check: front <strong>${n}</strong>`,
      level: LEVELS[i % LEVELS.length],
      tags: [],
      cardHtml: `<p><strong>Back ${n}.</strong> Hold the sheet to the light: this card's outline should cover front ${n} exactly. If a different number is behind it, set your printer to flip on the ${other} edge or build with --duplex ${other}.</p>`,
      cardText: `Back ${n}.`,
      answerHtml: '',
      answerText: '',
      line: template.line ?? 1,
    };
  });
  return {
    ...deck,
    title: `Duplex check — printer flips on the ${edge} edge`,
    sections: [{ id: 'duplex-check', title: 'Duplex check', introHtml: '', questions, line: 1 }],
  };
}
