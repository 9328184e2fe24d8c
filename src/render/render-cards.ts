import { allQuestions, type Deck } from '../content/model.js';
import { readAsset, type AssetDirs } from './assets.js';
import { createTemplateEnv, compileTemplate } from './handlebars-env.js';
import { baseView, type PageMap } from './view.js';

/** Card sizes (landscape), in inches. */
export const CARD_SIZES = {
  'index-3x5': { width: 5, height: 3 },
  'index-4x6': { width: 6, height: 4 },
  a6: { width: 5.83, height: 4.13 },
  a7: { width: 4.13, height: 2.91 },
  business: { width: 3.5, height: 2 },
} as const;
export type CardSize = keyof typeof CARD_SIZES;

/** `pages`: one card per PDF page at card size; `sheet`: as many cards as fit on the paper. */
export const CARD_LAYOUTS = ['pages', 'sheet'] as const;
export type CardLayout = (typeof CARD_LAYOUTS)[number];

/** `cheat`: question and answer on one face; `flash`: question on the front, answer on the back. */
export const CARD_FACES = ['cheat', 'flash'] as const;
export type CardFaces = (typeof CARD_FACES)[number];

/** How the printer turns the sheet for the back: around its long or its short edge. */
export const DUPLEX_MODES = ['long', 'short'] as const;
export type Duplex = (typeof DUPLEX_MODES)[number];

export interface CardsRenderOptions {
  cardSize: CardSize;
  /** Guide page of each question, so a card can say where its full answer is. */
  guidePages?: PageMap;
}

/** Deck → self-contained cards HTML, one card per page at card size. */
export function createCardsRenderer(dirs: AssetDirs): (deck: Deck, opts: CardsRenderOptions) => string {
  const hb = createTemplateEnv(dirs);
  const template = compileTemplate(hb, dirs, 'cards.hbs');
  const css = ['base.css', 'cards.css'].map((n) => readAsset(dirs.styles, n)).join('\n');
  return (deck, opts) => {
    const size = CARD_SIZES[opts.cardSize];
    const sizeCss = `:root { --card-w: ${size.width}in; --card-h: ${size.height}in; }`;
    return template({
      ...baseView(deck, `${css}\n${sizeCss}`, `${size.width}in ${size.height}in`),
      cards: allQuestions(deck).map((q) => ({ ...q, page: opts.guidePages?.get(q.id) ?? '' })),
    });
  };
}
