// Sheets and cards: the sizes and layouts every renderer and the option table read.

/** Paper sizes for the guide and sheets, as CSS `size` values and in points. */
export const PAPERS = {
  a4: { css: 'A4', width: 595.28, height: 841.89 },
  letter: { css: 'letter', width: 612, height: 792 },
} as const;
export type Paper = keyof typeof PAPERS;

/** Card sizes (landscape), in inches; the ISO A sizes from their exact millimetres. */
export const CARD_SIZES = {
  'index-3x5': { width: 5, height: 3 },
  'index-4x6': { width: 6, height: 4 },
  a6: { width: 148 / 25.4, height: 105 / 25.4 },
  a7: { width: 105 / 25.4, height: 74 / 25.4 },
  business: { width: 3.5, height: 2 },
  'business-85x54': { width: 85 / 25.4, height: 54 / 25.4 },
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
