/**
 * Sheet imposition for cards, in points: how many cards fit on the paper, where the cut lines
 * are, and which card sits in which cell of a back sheet so it prints behind its front.
 */

/** A width × height in points. */
export interface Size {
  width: number;
  height: number;
}

/** A straight line (a crop mark), in points from the sheet's top-left corner. */
export interface Line {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Where the cards go on one sheet. */
export interface SheetGeometry {
  /** The sheet as printed (the paper, turned to landscape when that fits more cards). */
  sheet: Size;
  card: Size;
  cols: number;
  rows: number;
  gutter: number;
  /** Top-left corner of the card grid; the grid is centred, so mirroring keeps it in place. */
  originX: number;
  originY: number;
  /** Back sheets mirror the columns (flip around a vertical axis) or the rows (a horizontal axis). */
  mirror: 'columns' | 'rows';
}

/** CSS and PDF points: 72 to the inch. */
export const POINTS_PER_INCH = 72;
/** Space between cards, so a slightly off cut never eats into a neighbour. */
export const SHEET_GUTTER = 0.125 * POINTS_PER_INCH;
/** Room at the paper edge for crop marks and the printer's unprintable border. */
export const SHEET_MARGIN = 0.4 * POINTS_PER_INCH;
/** Crop marks start this far from the card edge and are this long. */
const MARK_OFFSET = 4;
const MARK_LENGTH = 12;

const fitCount = (space: number, item: number, gutter: number) => Math.max(0, Math.floor((space + gutter) / (item + gutter)));

/**
 * The sheet that holds the most cards: the paper upright or turned, whichever fits more
 * (upright on a tie). `duplex` is the paper edge the printer flips around: a long-edge flip
 * mirrors the columns of an upright sheet and the rows of a landscape one.
 */
export function sheetGeometry(paper: Size, card: Size, duplex: 'long' | 'short'): SheetGeometry {
  const upright = { width: Math.min(paper.width, paper.height), height: Math.max(paper.width, paper.height) };
  const turned = { width: upright.height, height: upright.width };
  const count = (s: Size) => fitCount(s.width - 2 * SHEET_MARGIN, card.width, SHEET_GUTTER) * fitCount(s.height - 2 * SHEET_MARGIN, card.height, SHEET_GUTTER);
  const sheet = count(turned) > count(upright) ? turned : upright;
  const cols = fitCount(sheet.width - 2 * SHEET_MARGIN, card.width, SHEET_GUTTER);
  const rows = fitCount(sheet.height - 2 * SHEET_MARGIN, card.height, SHEET_GUTTER);
  if (cols === 0 || rows === 0) return singleCardGeometry(card);
  const landscape = sheet.width > sheet.height;
  // The flip axis runs along the named edge: a vertical axis mirrors left and right.
  const verticalAxis = (duplex === 'long') !== landscape;
  return {
    sheet,
    card,
    cols,
    rows,
    gutter: SHEET_GUTTER,
    originX: (sheet.width - (cols * card.width + (cols - 1) * SHEET_GUTTER)) / 2,
    originY: (sheet.height - (rows * card.height + (rows - 1) * SHEET_GUTTER)) / 2,
    mirror: verticalAxis ? 'columns' : 'rows',
  };
}

/** One card per page at card size (the `pages` layout, or a card bigger than the paper). */
export function singleCardGeometry(card: Size): SheetGeometry {
  return { sheet: card, card, cols: 1, rows: 1, gutter: 0, originX: 0, originY: 0, mirror: 'columns' };
}

/** Cards per sheet. */
export const perSheet = (g: SheetGeometry): number => g.cols * g.rows;

/** Splits items into sheets of `perSheet` cells each. */
export function chunkSheets<T>(items: T[], g: SheetGeometry): T[][] {
  const size = perSheet(g);
  const sheets: T[][] = [];
  for (let i = 0; i < items.length; i += size) sheets.push(items.slice(i, i + size));
  return sheets;
}

/**
 * The cells of a back sheet in reading order (row by row): cell k holds the item whose front
 * is in the mirrored cell, or undefined where the front cell is empty.
 */
export function backCells<T>(front: T[], g: SheetGeometry): (T | undefined)[] {
  const cells: (T | undefined)[] = [];
  for (let row = 0; row < g.rows; row++) {
    for (let col = 0; col < g.cols; col++) {
      const frontRow = g.mirror === 'rows' ? g.rows - 1 - row : row;
      const frontCol = g.mirror === 'columns' ? g.cols - 1 - col : col;
      cells.push(front[frontRow * g.cols + frontCol]);
    }
  }
  return cells;
}

/** Top-left corner of a cell, in points. */
export function cellOrigin(g: SheetGeometry, index: number): { x: number; y: number } {
  const col = index % g.cols;
  const row = Math.floor(index / g.cols);
  return { x: g.originX + col * (g.card.width + g.gutter), y: g.originY + row * (g.card.height + g.gutter) };
}

/** Crop marks in the margins at every cut line: both edges of every column and every row. */
export function cropMarks(g: SheetGeometry): Line[] {
  if (g.gutter === 0 && g.originX === 0 && g.originY === 0) return [];
  const xs = Array.from({ length: g.cols }, (_, c) => g.originX + c * (g.card.width + g.gutter)).flatMap((x) => [x, x + g.card.width]);
  const ys = Array.from({ length: g.rows }, (_, r) => g.originY + r * (g.card.height + g.gutter)).flatMap((y) => [y, y + g.card.height]);
  const top = g.originY;
  const bottom = g.sheet.height - g.originY;
  const left = g.originX;
  const right = g.sheet.width - g.originX;
  const lines: Line[] = [];
  for (const x of xs) {
    lines.push({ x1: x, y1: top - MARK_OFFSET, x2: x, y2: top - MARK_OFFSET - MARK_LENGTH });
    lines.push({ x1: x, y1: bottom + MARK_OFFSET, x2: x, y2: bottom + MARK_OFFSET + MARK_LENGTH });
  }
  for (const y of ys) {
    lines.push({ x1: left - MARK_OFFSET, y1: y, x2: left - MARK_OFFSET - MARK_LENGTH, y2: y });
    lines.push({ x1: right + MARK_OFFSET, y1: y, x2: right + MARK_OFFSET + MARK_LENGTH, y2: y });
  }
  return lines;
}
