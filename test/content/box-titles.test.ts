import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';

// A box the deck gave no title is titled with its kind, in the deck's language: a Spanish deck's
// `:::warning` printed "Warning" over Spanish words.
const deck = (lang: string, boxes: string[]) =>
  [
    '---',
    'title: Redes',
    `lang: ${lang}`,
    '---',
    '',
    '## Conceptos',
    '',
    '### ¿Qué hace ARP?',
    '',
    'Level: easy',
    '',
    '> Traduce una dirección IP de la red local a una dirección MAC.',
    '',
    'Pregunta por difusión y recibe una respuesta directa de la tarjeta que la tiene.',
    '',
    ...boxes,
  ].join('\n');

const BOXES = ['> [!WARNING]', '> Una respuesta falsa permite interceptar tráfico.', '', '!!! tip', '    Mira la tabla con `ip neigh`.', '', ':::note', 'La caché caduca en minutos.', ':::', '', '> [!tip] Truco propio', '> Un título escrito se queda.', ''];

const titles = (lang: string) => [...allQuestions(parseDeck(deck(lang, BOXES), { file: 'redes.md', slug: 'redes' }))[0].answerHtml.matchAll(/<strong>([^<]*)<\/strong>/g)].map((m) => m[1].replace(/\u00ad/g, ''));

describe('box titles', () => {
  it("says an untitled box's kind in the deck's language, and keeps a title the deck wrote", () => {
    expect(titles('es')).toEqual(['Advertencia', 'Consejo', 'Nota', 'Truco propio']);
    expect(titles('de')).toEqual(['Warnung', 'Tipp', 'Hinweis', 'Truco propio']);
    expect(titles('pl')).toEqual(['Ostrzeżenie', 'Wskazówka', 'Uwaga', 'Truco propio']);
  });

  it('keeps the kind as markdown names it in English, and in a language without a table', () => {
    expect(titles('en')).toEqual(['Warning', 'Tip', 'Note', 'Truco propio']);
    expect(titles('eo')).toEqual(['Warning', 'Tip', 'Note', 'Truco propio']);
  });
});
