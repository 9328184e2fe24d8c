import { allQuestions, LEVELS, type Deck, type Question } from '../model/deck.js';
import { perSheet } from './card-sheet.js';
import { cardGeometry, type CardsRenderOptions } from './render-cards.js';
import { overlaySvg, registrationMarks, scales, topLabel, watermark } from './alignment-marks.js';

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
      cardHtml: `<p><strong>Back ${n}.</strong> Hold the sheet to the light: front ${n} should show right behind this card. If a different number is behind it, set your printer to flip on the ${other} edge or build with --duplex ${other}.</p>`,
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

/**
 * What the duplex check prints on each side besides its cards: FRONT or BACK across the
 * middle, which edge is up, registration marks that meet through the paper when the flip is
 * right, and the alignment sheet's scales, so the back's offset can be read off.
 */
export function duplexOverlay(opts: CardsRenderOptions): NonNullable<CardsRenderOptions['overlay']> {
  const edge = opts.duplex ?? 'long';
  return (side, g, origin) => {
    const name = side === 'front' ? 'FRONT' : 'BACK';
    return overlaySvg(
      g,
      watermark(g, name) +
        scales(g, origin) +
        registrationMarks(g) +
        topLabel(g, origin, `${name} · this edge up ↑ · flip on the ${edge} edge${side === 'back' ? ' · scales: --back-offset' : ''}`),
    );
  };
}
