import { allQuestions, type Deck, type Question } from '../content/model.js';
import { withCsp } from './csp.js';
import { readAsset, type AssetDirs } from './assets.js';
import { backCells, chunkSheets, cropMarks, POINTS_PER_INCH, sheetGeometry, singleCardGeometry, type SheetGeometry } from './card-sheet.js';
import { createTemplateEnv, compileTemplate } from './handlebars-env.js';
import { baseView, PAPERS, type PageMap, type Paper } from './view.js';

/** Card sizes (landscape), in inches; the ISO A sizes from their exact millimetres. */
export const CARD_SIZES = {
  'index-3x5': { width: 5, height: 3 },
  'index-4x6': { width: 6, height: 4 },
  a6: { width: 148 / 25.4, height: 105 / 25.4 },
  a7: { width: 105 / 25.4, height: 74 / 25.4 },
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

/** Which face of a card an element prints: both sides in one (cheat), or front/back of a flash card. */
export type Face = 'cheat' | 'front' | 'back';

/** How to lay out the cards (the build options that concern them) and what to print on them. */
export interface CardsRenderOptions {
  cardSize: CardSize;
  layout?: CardLayout;
  faces?: CardFaces;
  duplex?: Duplex;
  paper?: Paper;
  /** Guide page of each question, so a card can say where its full answer is. */
  guidePages?: PageMap;
  /** Body font size (pt) per card face, from fitting (see print/fit-cards.ts); key from faceKey(). */
  fontSizes?: Map<string, number>;
  /** Only sheets [from, to) (a part of a large deck printed on its own); all when absent. */
  sheets?: [number, number];
}

/** The id fitting and rendering share for one face of one card. */
export const faceKey = (q: Pick<Question, 'number'>, face: Face): string => `${q.number}-${face}`;

/** Card size in points, landscape. */
export function cardPoints(size: CardSize): { width: number; height: number } {
  const s = CARD_SIZES[size];
  return { width: s.width * POINTS_PER_INCH, height: s.height * POINTS_PER_INCH };
}

/**
 * The body size card text starts from before fitting: 10 pt on a 3×5 card, larger on taller
 * cards (up to 14 pt) so a big card is not mostly blank, never below 10 pt on small ones.
 */
export function startFontPt(size: CardSize): number {
  const scaled = (10 * cardPoints(size).height) / (3 * POINTS_PER_INCH);
  return Math.min(14, Math.max(10, Math.round(scaled * 4) / 4));
}

/** Where cards go for these options: one per page, or as many as fit on the paper. */
export function cardGeometry(opts: CardsRenderOptions): SheetGeometry {
  const card = cardPoints(opts.cardSize);
  if ((opts.layout ?? 'pages') === 'pages') return singleCardGeometry(card);
  const paper = PAPERS[opts.paper ?? 'a4'];
  return sheetGeometry(paper, card, opts.duplex ?? 'long');
}

const pt = (n: number) => `${Number(n.toFixed(3))}pt`;

/** Deck → self-contained cards HTML: card-size pages or sheets of cards, fronts then backs. */
export function createCardsRenderer(dirs: AssetDirs): (deck: Deck, opts: CardsRenderOptions) => string {
  const hb = createTemplateEnv(dirs);
  const template = compileTemplate(hb, dirs, 'cards.hbs');
  const css = ['base.css', 'cards.css'].map((n) => readAsset(dirs.styles, n)).join('\n');
  return (deck, opts) => {
    const g = cardGeometry(opts);
    const flash = opts.faces === 'flash';
    const face = (q: Question | undefined, f: Face) =>
      q && { ...q, face: f, key: faceKey(q, f), page: opts.guidePages?.get(q.id) ?? '', fontSize: opts.fontSizes?.get(faceKey(q, f)) };
    const all = chunkSheets(allQuestions(deck), g);
    const sheets = (opts.sheets ? all.slice(...opts.sheets) : all).flatMap((front) => {
      const filled = Array.from({ length: g.cols * g.rows }, (_, i) => front[i]);
      const fronts = { side: 'front', cells: filled.map((q) => face(q, flash ? 'front' : 'cheat')) };
      return flash ? [fronts, { side: 'back', cells: backCells(filled, g).map((q) => face(q, 'back')) }] : [fronts];
    });
    const vars = {
      '--sheet-w': pt(g.sheet.width),
      '--sheet-h': pt(g.sheet.height),
      '--card-w': pt(g.card.width),
      '--card-h': pt(g.card.height),
      '--gutter': pt(g.gutter),
      '--cols': String(g.cols),
      '--origin-x': pt(g.originX),
      '--origin-y': pt(g.originY),
    };
    const sizeCss = `:root { ${Object.entries(vars).map(([k, v]) => `${k}: ${v};`).join(' ')} }`;
    return withCsp(template({
      ...baseView(deck, `${css}\n${sizeCss}`, `${pt(g.sheet.width)} ${pt(g.sheet.height)}`),
      layout: opts.layout ?? 'pages',
      faces: opts.faces ?? 'cheat',
      sheets,
      marks: cropMarks(g),
      sheetBox: { width: Number(g.sheet.width.toFixed(3)), height: Number(g.sheet.height.toFixed(3)) },
    }));
  };
}
