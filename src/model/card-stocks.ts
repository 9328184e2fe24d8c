import { inch, mm } from './lengths.js';
import type { CardSize, Paper } from './paper.js';

/**
 * One sheet of card stock as its maker's template describes it. Lengths are points, measured
 * on the sheet as it goes into the printer's feed (upright unless `landscape`); cards are read
 * landscape (wider than tall).
 */
export interface CardStock {
  /** What to buy, for --help and the README. */
  description: string;
  paper: Paper;
  /** The sheet is fed upright; true when the template is drawn on the turned sheet. */
  landscape?: boolean;
  cardSize: CardSize;
  cols: number;
  rows: number;
  /** From the sheet's left and top edges to the first card. */
  left: number;
  top: number;
  /** Between neighbouring cards across (columns) and down (rows); 0 where cards share a cut. */
  gapX: number;
  gapY: number;
  /** Corner radius of die-cut cards (0: square corners). */
  radius: number;
  /** `perforated`: cards come pre-cut in the sheet; `plain`: ordinary paper you cut yourself. */
  kind: 'perforated' | 'plain';
}

/**
 * The presets of --card-stock, figures from the manufacturers' published templates (Avery's
 * US templates in inches, the A4 ones in millimetres). The plain-paper layouts tile an A4
 * sheet with ISO cards, which share their cut lines: A4 halves into A5, A6 and A7.
 */
export const CARD_STOCKS = {
  'avery-5388': {
    description: 'Avery 5388 index cards: three 3×5 in cards on a Letter sheet',
    paper: 'letter',
    cardSize: 'index-3x5',
    cols: 1,
    rows: 3,
    left: inch(1.75),
    top: inch(1),
    gapX: 0,
    gapY: 0,
    radius: 0,
    kind: 'perforated',
  },
  'avery-5371': {
    description: 'Avery 5371 / 8371 business cards: ten 3.5×2 in cards on a Letter sheet',
    paper: 'letter',
    cardSize: 'business',
    cols: 2,
    rows: 5,
    left: inch(0.75),
    top: inch(0.5),
    gapX: 0,
    gapY: 0,
    radius: 0,
    kind: 'perforated',
  },
  'avery-5389': {
    description: 'Avery 5389 postcards: two 4×6 in cards on a Letter sheet',
    paper: 'letter',
    cardSize: 'index-4x6',
    cols: 1,
    rows: 2,
    left: inch(1.25),
    top: inch(1.5),
    gapX: 0,
    gapY: 0,
    radius: 0,
    kind: 'perforated',
  },
  'avery-c32011': {
    description: 'Avery Zweckform C32011 / C32010 business cards: ten 85×54 mm cards on an A4 sheet',
    paper: 'a4',
    cardSize: 'business-85x54',
    cols: 2,
    rows: 5,
    left: mm(15),
    top: mm(13.5),
    gapX: mm(10),
    gapY: 0,
    radius: 0,
    kind: 'perforated',
  },
  'a6-on-a4': {
    description: 'plain A4 paper cut into four A6 cards (shared cut lines)',
    paper: 'a4',
    landscape: true,
    cardSize: 'a6',
    cols: 2,
    rows: 2,
    left: mm((297 - 2 * 148) / 2),
    top: 0,
    gapX: 0,
    gapY: 0,
    radius: 0,
    kind: 'plain',
  },
  'a7-on-a4': {
    description: 'plain A4 paper cut into eight A7 cards (shared cut lines)',
    paper: 'a4',
    cardSize: 'a7',
    cols: 2,
    rows: 4,
    left: 0,
    top: mm((297 - 4 * 74) / 2),
    gapX: 0,
    gapY: 0,
    radius: 0,
    kind: 'plain',
  },
} as const satisfies Record<string, CardStock>;

export type CardStockName = keyof typeof CARD_STOCKS;

/** The preset by name. */
export const cardStock = (name: CardStockName): CardStock => CARD_STOCKS[name];

/** The options a preset stands for: card size, paper and the sheet layout. */
export function stockOptions(name: CardStockName): { cardSize: CardSize; paper: Paper; cardLayout: 'sheet' } {
  const s = cardStock(name);
  return { cardSize: s.cardSize, paper: s.paper, cardLayout: 'sheet' };
}
