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
  /** Space between neighbouring cards across and down; 0 where they share a cut line. */
  gapX: number;
  gapY: number;
  /** Top-left corner of the card grid on a front sheet (backOrigin gives the back's). */
  originX: number;
  originY: number;
  /** Back sheets mirror the columns (flip around a vertical axis) or the rows (a horizontal axis). */
  mirror: 'columns' | 'rows';
  /** Corner radius of die-cut cards, for outlines on the alignment sheet. */
  radius: number;
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
/** Printers leave about this much of the paper edge blank: marks must end inside it. */
const UNPRINTABLE = 12;

const fitCount = (space: number, item: number, gutter: number) => Math.max(0, Math.floor((space + gutter) / (item + gutter)));

/** Which way a back sheet mirrors: the flip axis runs along the named paper edge. */
function mirrorFor(sheet: Size, duplex: 'long' | 'short'): SheetGeometry['mirror'] {
  const landscape = sheet.width > sheet.height;
  return (duplex === 'long') !== landscape ? 'columns' : 'rows';
}

/**
 * The sheet that holds the most cards: the paper upright or turned, whichever fits more
 * (upright on a tie). `duplex` is the paper edge the printer flips around: a long-edge flip
 * mirrors the columns of an upright sheet and the rows of a landscape one.
 */
export function sheetGeometry(paper: Size, card: Size, duplex: 'long' | 'short', gutter = SHEET_GUTTER): SheetGeometry {
  const upright = { width: Math.min(paper.width, paper.height), height: Math.max(paper.width, paper.height) };
  const turned = { width: upright.height, height: upright.width };
  const count = (s: Size) => fitCount(s.width - 2 * SHEET_MARGIN, card.width, gutter) * fitCount(s.height - 2 * SHEET_MARGIN, card.height, gutter);
  const sheet = count(turned) > count(upright) ? turned : upright;
  const cols = fitCount(sheet.width - 2 * SHEET_MARGIN, card.width, gutter);
  const rows = fitCount(sheet.height - 2 * SHEET_MARGIN, card.height, gutter);
  if (cols === 0 || rows === 0) return singleCardGeometry(card);
  return centred({ sheet, card, cols, rows, gapX: gutter, gapY: gutter, originX: 0, originY: 0, mirror: mirrorFor(sheet, duplex), radius: 0 });
}

/** The grid moved to the middle of the sheet. */
function centred(g: SheetGeometry): SheetGeometry {
  const grid = gridSize(g);
  return { ...g, originX: (g.sheet.width - grid.width) / 2, originY: (g.sheet.height - grid.height) / 2 };
}

/** A card stock's own grid, from its template; with `gutter`, the same grid re-spaced and centred (undefined when it no longer fits). */
export function stockGeometry(
  stock: { landscape?: boolean; cols: number; rows: number; left: number; top: number; gapX: number; gapY: number; radius: number },
  paper: Size,
  card: Size,
  duplex: 'long' | 'short',
  gutter?: number,
): SheetGeometry | undefined {
  const short = Math.min(paper.width, paper.height);
  const long = Math.max(paper.width, paper.height);
  const sheet = stock.landscape ? { width: long, height: short } : { width: short, height: long };
  const g: SheetGeometry = {
    sheet,
    card,
    cols: stock.cols,
    rows: stock.rows,
    gapX: stock.gapX,
    gapY: stock.gapY,
    originX: stock.left,
    originY: stock.top,
    mirror: mirrorFor(sheet, duplex),
    radius: stock.radius,
  };
  if (gutter === undefined) return g;
  const spaced = centred({ ...g, gapX: gutter, gapY: gutter });
  return spaced.originX < 0 || spaced.originY < 0 ? undefined : spaced;
}

/** Width and height of the whole card grid. */
export function gridSize(g: SheetGeometry): Size {
  return { width: g.cols * g.card.width + (g.cols - 1) * g.gapX, height: g.rows * g.card.height + (g.rows - 1) * g.gapY };
}

/** Top-left corner of the grid on a back sheet: the front's, mirrored like the cells, so each back lands behind its front. */
export function backOrigin(g: SheetGeometry): { x: number; y: number } {
  const grid = gridSize(g);
  return g.mirror === 'columns' ? { x: g.sheet.width - g.originX - grid.width, y: g.originY } : { x: g.originX, y: g.sheet.height - g.originY - grid.height };
}

/** One card per page at card size (the `pages` layout, or a card bigger than the paper). */
export function singleCardGeometry(card: Size): SheetGeometry {
  return { sheet: card, card, cols: 1, rows: 1, gapX: 0, gapY: 0, originX: 0, originY: 0, mirror: 'columns', radius: 0 };
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

/** Top-left corner of a cell, in points, for a grid starting at `origin` (the front's by default). */
export function cellOrigin(g: SheetGeometry, index: number, origin = { x: g.originX, y: g.originY }): { x: number; y: number } {
  const col = index % g.cols;
  const row = Math.floor(index / g.cols);
  return { x: origin.x + col * (g.card.width + g.gapX), y: origin.y + row * (g.card.height + g.gapY) };
}

/** Every cut line of the grid: the x of each column edge and the y of each row edge (shared edges once). */
export function cutLines(g: SheetGeometry, origin = { x: g.originX, y: g.originY }): { xs: number[]; ys: number[] } {
  const unique = (values: number[]) => values.filter((v, i) => values.findIndex((w) => Math.abs(w - v) < 0.01) === i);
  const xs = Array.from({ length: g.cols }, (_, c) => origin.x + c * (g.card.width + g.gapX)).flatMap((x) => [x, x + g.card.width]);
  const ys = Array.from({ length: g.rows }, (_, r) => origin.y + r * (g.card.height + g.gapY)).flatMap((y) => [y, y + g.card.height]);
  return { xs: unique(xs), ys: unique(ys) };
}

/**
 * Crop marks at every cut line, outside the card grid only: above and below it for the column
 * edges, left and right of it for the row edges; a side with too little paper gets none.
 */
export function cropMarks(g: SheetGeometry, origin = { x: g.originX, y: g.originY }): Line[] {
  if (g.sheet.width === g.card.width && g.sheet.height === g.card.height) return [];
  const { xs, ys } = cutLines(g, origin);
  const grid = gridSize(g);
  const top = origin.y;
  const bottom = origin.y + grid.height;
  const left = origin.x;
  const right = origin.x + grid.width;
  const room = (space: number) => space >= MARK_OFFSET + MARK_LENGTH + UNPRINTABLE;
  const lines: Line[] = [];
  for (const x of xs) {
    if (room(top)) lines.push({ x1: x, y1: top - MARK_OFFSET, x2: x, y2: top - MARK_OFFSET - MARK_LENGTH });
    if (room(g.sheet.height - bottom)) lines.push({ x1: x, y1: bottom + MARK_OFFSET, x2: x, y2: bottom + MARK_OFFSET + MARK_LENGTH });
  }
  for (const y of ys) {
    if (room(left)) lines.push({ x1: left - MARK_OFFSET, y1: y, x2: left - MARK_OFFSET - MARK_LENGTH, y2: y });
    if (room(g.sheet.width - right)) lines.push({ x1: right + MARK_OFFSET, y1: y, x2: right + MARK_OFFSET + MARK_LENGTH, y2: y });
  }
  return lines;
}
