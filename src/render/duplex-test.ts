import { allQuestions, LEVELS, type Deck, type Question } from '../model/deck.js';
import { backOrigin, perSheet } from './card-sheet.js';
import { cardGeometry, type CardsRenderOptions } from './render-cards.js';
import { overlaySvg, registrationMarks, scales, topLabel, watermark } from './alignment-marks.js';
import { fillLabel, labelsFor, type Labels } from '../model/labels.js';
import { escapeHtml } from '../content/text.js';

/** The card's number tied to the word before it ("front 3"): a line ended "front" over a lone "3". */
const tieNumber = (label: string): string => label.replace(/ +(?=\{n\})/g, '\u00a0');

/**
 * The flag to build with (`--duplex short`) set as code on one line: the text broke it after its
 * dashes ("build with --" over "duplex short"), which reads as neither a flag nor a word.
 */
const flagAsCode = (html: string, other: string): string => html.replace(`--duplex ${other}`, `<code class="unbroken">--duplex ${other}</code>`);

/**
 * A stand-in deck of numbered cards that fills one sheet: printed with the same imposition as
 * the real cards, back N lands behind front N exactly when the printer flips as chosen.
 */
export function duplexTestDeck(deck: Deck, opts: CardsRenderOptions): Deck {
  const g = cardGeometry(opts);
  const edge = opts.duplex ?? 'long';
  const other = edge === 'long' ? 'short' : 'long';
  const l = labelsFor(deck.lang, deck.labels);
  const first = allQuestions(deck).at(0);
  const flip = other === 'long' ? l.flipLong : l.flipShort;
  const questions = Array.from({ length: perSheet(g) }, (_, i): Question => {
    const n = i + 1;
    const front = (num: string) => `${escapeHtml(l.duplexCheck)}: ${escapeHtml(l.duplexFront).replace('{n}', num)}`;
    const back = escapeHtml(fillLabel(l.duplexBack, { n }));
    // Only where the deck's first question comes from, and whether its deck prints levels, is kept:
    // its options, listing or open status printed on every test card (ruled backs with no number when it was open).
    return {
      file: first?.file,
      lang: first?.lang,
      levelDefault: first?.levelDefault,
      levelUnsaid: first?.levelUnsaid,
      guid: `duplex-${n}`,
      cardGenerated: false,
      answerFromCard: false,
      id: `duplex-${n}`,
      number: n,
      text: `${l.duplexCheck}: ${fillLabel(l.duplexFront, { n })}`,
      html: front(`<strong>${n}</strong>`),
      level: LEVELS[i % LEVELS.length],
      tags: [],
      cardHtml: `<p><strong>${back}</strong> ${escapeHtml(fillLabel(tieNumber(l.duplexHold), { n }))} ${flagAsCode(escapeHtml(fillLabel(l.duplexFix, { flip, other })), other)}</p>`,
      cardText: fillLabel(l.duplexBack, { n }),
      answerHtml: '',
      answerText: '',
      line: first?.line ?? 1,
    };
  });
  return {
    ...deck,
    title: `${l.duplexCheck} — ${edge === 'long' ? l.flipLong : l.flipShort}`,
    sections: [{ id: 'duplex-check', title: l.duplexCheck, introHtml: '', questions, line: 1 }],
  };
}

/**
 * What the duplex check prints on each side besides its cards: FRONT or BACK across the
 * middle, which edge is up, registration marks that meet through the paper when the flip is
 * right, and the alignment sheet's scales, so the back's offset can be read off. In the deck's language.
 */
export function duplexOverlay(opts: CardsRenderOptions, labels: Labels): NonNullable<CardsRenderOptions['overlay']> {
  const edge = opts.duplex ?? 'long';
  const flip = edge === 'long' ? labels.flipLong : labels.flipShort;
  return (side, g, origin) => {
    const name = side === 'front' ? labels.front : labels.back;
    return overlaySvg(
      g,
      watermark(g, name) +
        scales(g, origin) +
        registrationMarks(g, [{ x: g.originX, y: g.originY }, backOrigin(g)]) +
        topLabel(g, origin, `${name} · ${labels.edgeUp} · ${flip}`, side === 'back' ? '--back-offset' : undefined),
    );
  };
}
