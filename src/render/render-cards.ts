import { allQuestions, type Deck, type Question } from '../model/deck.js';
import { withCsp } from './csp.js';
import { readAsset, type AssetDirs } from './assets.js';
import { withCodeLines } from './code-lines.js';
import {
  backCells,
  backOrigin,
  chunkSheets,
  cropMarks,
  POINTS_PER_INCH,
  SHEET_GUTTER,
  sheetGeometry,
  singleCardGeometry,
  stockGeometry,
  type SheetGeometry,
} from './card-sheet.js';
import { CARD_STOCKS, type CardStockName } from '../model/card-stocks.js';
import type { Offset } from '../model/lengths.js';
import type { BuildOptions } from '../model/build-options.js';
import { createTemplateEnv, compileTemplate } from './handlebars-env.js';
import { sectionLabels } from './section-labels.js';
import { markQuestionSplit } from './long-questions.js';
import { baseView, type PageMap, forPrint } from './view.js';
import { CARD_SIZES, PAPERS, type CardFaces, type CardLayout, type CardSize, type Duplex, type Paper } from '../model/paper.js';

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
  /** Text size (pt) per card face, from fitting (see print/fit-cards.ts); key from faceKey(). */
  fontSizes?: Map<string, number>;
  /** The deck's text size (pt) per kind of face: every card's furniture (number, badge, footer) prints at the smaller (cardFurnitureSize). */
  deckFontSizes?: Partial<Record<'question' | 'answer', number>>;
  /** The fronts set flush left in print (print/align-long-fronts.ts), by faceKey(): cards.html marks the same. */
  longFronts?: ReadonlySet<string>;
  /** The fronts whose long question is set with its scenario in the regular weight in print (print/align-long-fronts.ts), by faceKey(): cards.html marks the same. */
  splitFronts?: ReadonlySet<string>;
  /** The fronts whose question was set under its usual scale to fit (print/fit-cards.ts), in ems of the card's size, by faceKey(). */
  questionEms?: ReadonlyMap<string, number>;
  /** Only sheets [from, to) (a part of a large deck printed on its own); all when absent. */
  sheets?: [number, number];
  /** A card stock preset (render/card-stocks.ts): its template places the cards. */
  cardStock?: CardStockName;
  /** Space between cards on a sheet, in points (0: cards share cut lines). */
  gutter?: number;
  /** Moves every sheet; `backOffset` moves the back sheets of flash cards further. Points. */
  offset?: Offset;
  backOffset?: Offset;
  /** Extra drawing per sheet (the duplex check's rulers and marks), as SVG markup. */
  overlay?: (side: 'front' | 'back', g: SheetGeometry, origin: { x: number; y: number }) => string;
}

/** The card options of a build (and the guide pages its cards cite), as the renderer takes them. */
export function cardsRenderOptions(opts: BuildOptions, guidePages?: PageMap): CardsRenderOptions {
  return {
    cardSize: opts.cardSize,
    layout: opts.cardLayout,
    faces: opts.cardFaces,
    duplex: opts.duplex,
    paper: opts.paper,
    guidePages,
    cardStock: opts.cardStock,
    gutter: opts.gutter,
    offset: opts.offset,
    backOffset: opts.backOffset,
  };
}

/** The id fitting and rendering share for one face of one card. */
export const faceKey = (q: Pick<Question, 'number'>, face: Face): string => `${q.number}-${face}`;

/** Card size in points, landscape. */
export function cardPoints(size: CardSize): { width: number; height: number } {
  const s = CARD_SIZES[size];
  return { width: s.width * POINTS_PER_INCH, height: s.height * POINTS_PER_INCH };
}

/**
 * The serif's average advance over prose, spaces included, in em (Source Serif 4 over the bundled
 * decks' English: 0.47).
 */
const TEXT_EM_PER_CHAR = 0.47;
/**
 * The fewest characters a line of card text keeps at the largest size, a newspaper column's:
 * under it a short answer's few words spread over the card like a poster's.
 */
const MIN_LINE_CHARS = 40;
/**
 * A card is read in the hand or at arm's length (60 cm): about 3 mm of x-height, some 19 pt of
 * the serif, reads easily there; larger type reads as a sign, not as text.
 */
const ARMS_LENGTH_PT = 20;

/**
 * The largest body size card text may take: the size at which a line across the card holds
 * MIN_LINE_CHARS (3×5: 17.25 pt, 4×6 and A6: 20, A7: 13.75, business cards 10.75–11.5), at
 * most ARMS_LENGTH_PT and at least 10 pt. Fitting picks one size per deck at or below it, the
 * largest its cards fit at: a deck of short answers fills its cards instead of leaving half of
 * each empty (3×5 cards stopped at 13 pt before).
 */
export function cardFontMaxPt(size: CardSize): number {
  const card = cardPoints(size);
  const measure = card.width - 2 * cardPadding(card, false).x;
  const byLine = measure / (MIN_LINE_CHARS * TEXT_EM_PER_CHAR);
  return Math.min(ARMS_LENGTH_PT, Math.max(10, Math.floor(byLine * 4) / 4));
}

/** The least distance from a card's edge (its trim) to anything printed on it. */
export const SAFE_MARGIN = 0.15 * POINTS_PER_INCH;

/**
 * Ink reaches past the boxes that lay it out: a badge's border drawn on a fractional pixel, a
 * glyph's overshoot, the grid's sub-point rounding. With the padding at exactly the safe margin
 * business cards printed ink 0.142–0.146 in from the trim; one point more keeps it outside.
 */
const INK_ALLOWANCE = 1;

/** Padding inside a card: the safe margin, more on big cards and on plain paper cut at the sheet edge (printers leave ~5 mm blank there). */
export function cardPadding(card: { width: number; height: number }, plainTile: boolean): { x: number; y: number } {
  const y = Math.max(plainTile ? 0.2 * POINTS_PER_INCH : SAFE_MARGIN + INK_ALLOWANCE, 0.055 * card.height);
  return { x: Math.max(y, 0.045 * card.width), y };
}

/** How the cards are placed: the stock's template when the options still match it, else fitted to the paper. */
export function cardPlan(opts: CardsRenderOptions): { geometry: SheetGeometry; stock?: CardStockName; note?: string } {
  const card = cardPoints(opts.cardSize);
  if ((opts.layout ?? 'pages') === 'pages') {
    const unused = [opts.cardStock && `the ${opts.cardStock} template`, opts.gutter !== undefined && '--gutter'].filter(Boolean).join(' and ');
    const note = unused ? `--card-layout pages prints one card per page: ${unused} ${unused.includes(' and ') ? 'are' : 'is'} not used` : undefined;
    return { geometry: singleCardGeometry(card), note };
  }
  const paper = PAPERS[opts.paper ?? 'a4'];
  const duplex = opts.duplex ?? 'long';
  const plain = () => sheetGeometry(paper, card, duplex, opts.gutter ?? SHEET_GUTTER);
  if (!opts.cardStock) return { geometry: plain() };
  const stock = CARD_STOCKS[opts.cardStock];
  const name = opts.cardStock;
  if (stock.cardSize !== opts.cardSize)
    return {
      geometry: plain(),
      note: `--card-size ${opts.cardSize} replaces the ${stock.cardSize} cards of ${name}: cards are laid out as on plain paper, not on the stock's template`,
    };
  if (stock.paper !== (opts.paper ?? 'a4'))
    return {
      geometry: plain(),
      note: `--paper ${opts.paper} replaces ${name}'s ${stock.paper} sheet: cards are laid out as on plain paper, not on the stock's template`,
    };
  const g = stockGeometry(stock, paper, card, duplex, opts.gutter);
  if (!g)
    return {
      geometry: plain(),
      note: `a gutter of ${opts.gutter} pt leaves no room for ${name}'s ${stock.cols}×${stock.rows} cards: cards are laid out as on plain paper`,
    };
  return { geometry: g, stock: name };
}

/** Where cards go for these options: one per page, or as many as fit on the paper (or the stock's grid). */
export function cardGeometry(opts: CardsRenderOptions): SheetGeometry {
  return cardPlan(opts).geometry;
}

const pt = (n: number) => `${Number(n.toFixed(3))}pt`;

/** Deck → self-contained cards HTML: card-size pages or sheets of cards, fronts then backs. */
export function createCardsRenderer(dirs: AssetDirs): (deck: Deck, opts: CardsRenderOptions) => string {
  const hb = createTemplateEnv(dirs);
  const template = compileTemplate(hb, dirs, 'cards.hbs');
  const css = ['base.css', 'cards.css'].map((n) => readAsset(dirs.styles, n)).join('\n');
  return (written, opts) => {
    const deck = forPrint(written);
    const plan = cardPlan(opts);
    const g = plan.geometry;
    const flash = opts.faces === 'flash';
    // Each card's section: a combined deck's part labels its cards in its own language (badge, "full
    // answer: p."), and a section in another language than its deck's sets its cards in it (English
    // questions of an Arabic bank run left to right).
    const sectionOf = new Map(deck.sections.flatMap((s) => s.questions.map((q) => [q.id, { labels: sectionLabels(s, deck), lang: s.lang }] as const)));
    const face = (q: Question | undefined, f: Face) =>
      q && {
        labels: sectionOf.get(q.id)?.labels,
        ...withCodeLines(q),
        // A flash front's question split where its scenario ends (render/long-questions.ts); set
        // apart only once its lines at the fitted size are known (print/align-long-fronts.ts).
        ...(f === 'front' ? { html: markQuestionSplit(q.html) } : {}),
        lang: sectionOf.get(q.id)?.lang ?? q.lang,
        face: f,
        key: faceKey(q, f),
        // An open question's card has lines to write the answer on, and no full answer to cite.
        open: q.open === true,
        page: q.open ? '' : (opts.guidePages?.get(q.id) ?? ''),
        ...cardSizes(opts, faceKey(q, f)),
        longFront: opts.longFronts?.has(faceKey(q, f)) ?? false,
        splitFront: opts.splitFronts?.has(faceKey(q, f)) ?? false,
        questionEm: opts.questionEms?.get(faceKey(q, f)),
      };
    const shift = (side: 'front' | 'back') => {
      const x = (opts.offset?.x ?? 0) + (side === 'back' ? (opts.backOffset?.x ?? 0) : 0);
      const y = (opts.offset?.y ?? 0) + (side === 'back' ? (opts.backOffset?.y ?? 0) : 0);
      return { x: round(x), y: round(y) };
    };
    const side = (name: 'front' | 'back', cells: (Question | undefined)[], f: Face) => {
      const origin = name === 'back' ? backOrigin(g) : { x: g.originX, y: g.originY };
      return {
        side: name,
        shift: shift(name),
        origin: { x: round(origin.x), y: round(origin.y) },
        // A test print's scales sit where crop marks would.
        marks: (opts.overlay ? [] : cropMarks(g, origin)).map((l) => ({ x1: round(l.x1), y1: round(l.y1), x2: round(l.x2), y2: round(l.y2) })),
        overlay: opts.overlay?.(name, g, origin),
        cells: cells.map((q) => face(q, f)),
      };
    };
    const all = chunkSheets(allQuestions(deck), g);
    const sheets = (opts.sheets ? all.slice(...opts.sheets) : all).flatMap((front) => {
      const filled = Array.from({ length: g.cols * g.rows }, (_, i) => front[i]);
      const fronts = side('front', filled, flash ? 'front' : 'cheat');
      return flash ? [fronts, side('back', backCells(filled, g), 'back')] : [fronts];
    });
    const plainTile = plan.stock !== undefined && CARD_STOCKS[plan.stock].kind === 'plain';
    const pad = cardPadding(g.card, plainTile);
    const vars = {
      '--sheet-w': pt(g.sheet.width),
      '--sheet-h': pt(g.sheet.height),
      '--card-w': pt(g.card.width),
      '--card-h': pt(g.card.height),
      '--gap-x': pt(g.gapX),
      '--gap-y': pt(g.gapY),
      '--cols': String(g.cols),
      '--pad-x': pt(pad.x),
      '--pad-y': pt(pad.y),
    };
    const sizeCss = `:root { ${Object.entries(vars)
      .map(([k, v]) => `${k}: ${v};`)
      .join(' ')} }`;
    return withCsp(
      template({
        ...baseView(deck, `${css}\n${sizeCss}`, `${pt(g.sheet.width)} ${pt(g.sheet.height)}`),
        layout: opts.layout ?? 'pages',
        faces: opts.faces ?? 'cheat',
        sheets,
        sheetBox: { width: round(g.sheet.width), height: round(g.sheet.height) },
        writeLines: WRITE_LINES,
      }),
    );
  };
}

const round = (n: number) => Number(n.toFixed(3));

/**
 * The size of every card's furniture (number, badge, footer, deck title) in a deck: the smaller of
 * its kinds of faces' text sizes. A flash card's front and back are fitted apart, yet its number
 * and footer are the same on both sides, as on every card of the deck (print/fit-cards.ts sets the
 * same in the browser).
 */
export function cardFurnitureSize(deckSizes: Partial<Record<'question' | 'answer', number>> | undefined): number | undefined {
  const sizes = Object.values(deckSizes ?? {}).filter((pt): pt is number => pt !== undefined);
  return sizes.length ? Math.min(...sizes) : undefined;
}

/**
 * A face's sizes: the card's (its furniture's, and its text's unless said apart) and, where its
 * text is set at another size than the deck's furniture (a card set under its deck's size to fit,
 * or a flash front whose question prints larger than the backs' answers), the text's own. A book
 * keeps the number, badge and footer of every card of a deck alike; only the text differs.
 */
function cardSizes(opts: CardsRenderOptions, key: string): { fontSize?: number; textSize?: number } {
  const own = opts.fontSizes?.get(key);
  const furniture = cardFurnitureSize(opts.deckFontSizes);
  return own !== undefined && furniture !== undefined && own !== furniture ? { fontSize: furniture, textSize: own } : { fontSize: own };
}

// An open question's writing lines, a quarter inch apart: more than the tallest card (A6, 4.1 in)
// holds; its box shows the ones that fit (styles/cards.css).
const WRITE_LINES = '<i></i>'.repeat(17);
