/**
 * What a test print carries to show where the printer puts things: scales across every cut
 * line (in millimetres, zero on the line), the cards' outlines, registration marks and labels.
 * SVG markup in sheet points, drawn by the alignment sheet and the duplex check alike.
 */
import { mm } from '../model/lengths.js';
import { cellOrigin, cutLines, type SheetGeometry } from './card-sheet.js';

/** The scales run this far either side of a cut line, in millimetres. */
export const SCALE_MM = 4;
/** Distance from the paper edge to a scale's base line: clear of the printer's blank border. */
const SCALE_INSET = 22;
/** Cut lines this close to the paper edge are the edge itself: nothing to measure there. */
const EDGE = mm(3);

const f = (n: number) => Number(n.toFixed(2));
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The zero tick's length: the longest. */
const ZERO_TICK = 12;
/** Tick length for k millimetres from the line: long at zero, medium every 2 mm. */
const tick = (k: number) => (k === 0 ? ZERO_TICK : k % 2 === 0 ? 7 : 4);
/** How far a scale's numbers reach past its base line (5 pt digits set 1.5 pt off it, styles/cards.css). */
const LABEL_REACH = 5.5;
/** How far a scale's numbers reach sideways past its last tick (a "-4" centred on it). */
const LABEL_SIDE = 3;
/** Room kept clear between a scale and anything else printed next to it. */
const CLEAR = 6;
const label = (k: number) => String(k);

/**
 * Scales across the cut lines at all four edges of the sheet: the column edges get one at the
 * top and one at the bottom, the row edges one at the left and one at the right. A scale
 * reads, where the real cut (a perforation, a fold) crosses it, the offset to set: positive is
 * right (x) or down (y).
 */
export function scales(g: SheetGeometry, origin: { x: number; y: number }): string {
  const { xs, ys } = cutLines(g, origin);
  const W = g.sheet.width;
  const H = g.sheet.height;
  const parts: string[] = [];
  for (const [x, depth] of staggered(xs.filter((v) => v > EDGE && v < W - EDGE))) {
    parts.push(scale(x, SCALE_INSET + depth, 1, 'across'), scale(x, H - SCALE_INSET - depth, -1, 'across'));
  }
  for (const [y, depth] of staggered(ys.filter((v) => v > EDGE && v < H - EDGE))) {
    parts.push(scale(y, SCALE_INSET + depth, 1, 'down'), scale(y, W - SCALE_INSET - depth, -1, 'down'));
  }
  return parts.join('');
}

/** A box on the sheet, in points. */
interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** What the scales at the top of the sheet cover, numbers and ticks, one box each. */
function topScaleBoxes(g: SheetGeometry, origin: { x: number; y: number }): Box[] {
  const { xs } = cutLines(g, origin);
  return staggered(xs.filter((v) => v > EDGE && v < g.sheet.width - EDGE)).map(([x, depth]) => ({
    x1: x - mm(SCALE_MM) - LABEL_SIDE,
    x2: x + mm(SCALE_MM) + LABEL_SIDE,
    y1: SCALE_INSET + depth - LABEL_REACH,
    y2: SCALE_INSET + depth + ZERO_TICK,
  }));
}

/**
 * How much further in the second scale of two close cut lines (a gutter's) sits: clear of the
 * first's zero tick by CLEAR with its numbers. At 20 pt the first's zero tick ran down between
 * the second's numbers, and at 50 dpi the two read as one tangled scale.
 */
const STAGGER = ZERO_TICK + LABEL_REACH + CLEAR;

/** Each cut line with how far in its scale sits: the two edges of a narrow gutter would print their scales on top of each other. */
function staggered(lines: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const line of [...lines].sort((a, b) => a - b)) {
    const before = out[out.length - 1];
    const close = before && line - before[0] < mm(2 * SCALE_MM + 2) && before[1] === 0;
    out.push([line, close ? STAGGER : 0]);
  }
  return out;
}

/**
 * One scale across the cut line at `line`: 'across' a column edge (the scale runs along x) or
 * 'down' a row edge (along y). Its base lies `base` points from the sheet's origin and its ticks
 * point `dir` (+1 into the sheet from the top/left edge, -1 from the bottom/right one).
 */
function scale(line: number, base: number, dir: 1 | -1, run: 'across' | 'down'): string {
  const vertical = run === 'down';
  // u runs along the scale, v across it.
  const at = (u: number, v: number) => (vertical ? { x: v, y: u } : { x: u, y: v });
  const seg = (u1: number, v1: number, u2: number, v2: number, cls: string) => {
    const a = at(u1, v1);
    const b = at(u2, v2);
    return `<line class="${cls}" x1="${f(a.x)}" y1="${f(a.y)}" x2="${f(b.x)}" y2="${f(b.y)}"/>`;
  };
  const parts = [seg(line - mm(SCALE_MM), base, line + mm(SCALE_MM), base, 'scale-base')];
  for (let k = -SCALE_MM; k <= SCALE_MM; k++) {
    const u = line + mm(k);
    parts.push(seg(u, base, u, base + dir * tick(k), k === 0 ? 'scale-zero' : 'scale-tick'));
    if (k % 2 !== 0) continue;
    // Horizontal scales put their numbers above/below the ticks, vertical ones beside them.
    const p = vertical ? { x: base + (dir > 0 ? -1.5 : 1.5), y: u + 1.6 } : { x: u, y: dir > 0 ? base - 1.5 : base + 5.5 };
    const anchor = vertical ? (dir > 0 ? 'end' : 'start') : 'middle';
    parts.push(`<text class="scale-label" x="${f(p.x)}" y="${f(p.y)}" text-anchor="${anchor}">${label(k)}</text>`);
  }
  return parts.join('');
}

/** Each card's outline, as the stock cuts it (rounded where its corners are). */
export function outlines(g: SheetGeometry, origin: { x: number; y: number }): string {
  return Array.from({ length: g.cols * g.rows }, (_, i) => {
    const c = cellOrigin(g, i, origin);
    return `<rect class="outline" x="${f(c.x)}" y="${f(c.y)}" width="${f(g.card.width)}" height="${f(g.card.height)}" rx="${f(g.radius)}"/>`;
  }).join('');
}

/** A registration mark's circle radius, and how far its cross reaches past the circle. */
const MARK_RADIUS = 4.5;
const MARK_ARM = 3;
/** The corner a registration mark sits in first: as near the paper's corner as printers print. */
const MARK_INSET = 14;
/** How far a vertical scale's numbers reach past its base line, away from its ticks ("-4" set end-on, 1.5 pt off it). */
const SIDE_LABEL_REACH = 8;

/** What every scale of a side covers, numbers and ticks, one box each. */
function scaleBoxes(g: SheetGeometry, origin: { x: number; y: number }): Box[] {
  const { xs, ys } = cutLines(g, origin);
  const W = g.sheet.width;
  const H = g.sheet.height;
  const half = mm(SCALE_MM) + LABEL_SIDE;
  const boxes: Box[] = [];
  for (const [x, depth] of staggered(xs.filter((v) => v > EDGE && v < W - EDGE))) {
    const [x1, x2] = [x - half, x + half];
    boxes.push({ x1, x2, y1: SCALE_INSET + depth - LABEL_REACH, y2: SCALE_INSET + depth + ZERO_TICK });
    boxes.push({ x1, x2, y1: H - SCALE_INSET - depth - ZERO_TICK, y2: H - SCALE_INSET - depth + LABEL_REACH });
  }
  for (const [y, depth] of staggered(ys.filter((v) => v > EDGE && v < H - EDGE))) {
    const [y1, y2] = [y - half, y + half];
    boxes.push({ y1, y2, x1: SCALE_INSET + depth - SIDE_LABEL_REACH, x2: SCALE_INSET + depth + ZERO_TICK });
    boxes.push({ y1, y2, x1: W - SCALE_INSET - depth - ZERO_TICK, x2: W - SCALE_INSET - depth + SIDE_LABEL_REACH });
  }
  return boxes;
}

/** Whether two boxes come within `clear` of each other. */
const near = (a: Box, b: Box, clear: number) => a.x1 < b.x2 + clear && b.x1 < a.x2 + clear && a.y1 < b.y2 + clear && b.y1 < a.y2 + clear;

/**
 * How far in from the sheet's sides (x) and from its top and bottom (y) the four registration
 * marks sit: in the corners, moved along the edges as little as clears every scale by CLEAR and
 * stays off the cards, on the front and the back alike (the marks are the same on both, so
 * they still meet through the paper). At a fixed 14 pt a Letter sheet of 3×5 cards put the
 * first column's scale under the top-left mark, its numbers against the mark's cross.
 */
export function markInsets(g: SheetGeometry, origins: { x: number; y: number }[]): { x: number; y: number } {
  const reach = MARK_RADIUS + MARK_ARM;
  const W = g.sheet.width;
  const H = g.sheet.height;
  const grid = { width: g.cols * g.card.width + (g.cols - 1) * g.gapX, height: g.rows * g.card.height + (g.rows - 1) * g.gapY };
  const avoid = origins.flatMap((o) => [...scaleBoxes(g, o), { x1: o.x, y1: o.y, x2: o.x + grid.width, y2: o.y + grid.height }]);
  const clearAt = (x: number, y: number) =>
    [
      [x, y],
      [W - x, y],
      [x, H - y],
      [W - x, H - y],
    ].every(([cx, cy]) => !avoid.some((b) => near({ x1: cx - reach, x2: cx + reach, y1: cy - reach, y2: cy + reach }, b, CLEAR)));
  const room = Math.min(W, H) / 2 - reach;
  for (let moved = 0; MARK_INSET + moved <= room; moved++) {
    for (let along = 0; along <= moved; along++) {
      // Along an edge before away from both: first the top and bottom edges, then the sides.
      for (const [x, y] of [
        [MARK_INSET + moved, MARK_INSET + along],
        [MARK_INSET + along, MARK_INSET + moved],
      ]) {
        if (clearAt(x, y)) return { x, y };
      }
    }
  }
  return { x: MARK_INSET, y: MARK_INSET };
}

/**
 * Registration marks (a circle and a cross) near the four corners, where a flip puts them on each
 * other; `origins`: where the cards of each side start, whose scales the marks keep clear of.
 */
export function registrationMarks(g: SheetGeometry, origins: { x: number; y: number }[]): string {
  const inset = markInsets(g, origins);
  const r = MARK_RADIUS;
  const a = MARK_ARM;
  const points = [
    [inset.x, inset.y],
    [g.sheet.width - inset.x, inset.y],
    [inset.x, g.sheet.height - inset.y],
    [g.sheet.width - inset.x, g.sheet.height - inset.y],
  ];
  return points
    .map(
      ([x, y]) =>
        `<g class="registration"><circle cx="${f(x)}" cy="${f(y)}" r="${r}"/><line x1="${f(x - r - a)}" y1="${f(y)}" x2="${f(x + r + a)}" y2="${f(y)}"/><line x1="${f(x)}" y1="${f(y - r - a)}" x2="${f(x)}" y2="${f(y + r + a)}"/></g>`,
    )
    .join('');
}

/** Top margin from which the label sits centred below the scales, where every printer prints. */
const LABEL_MARGIN = 60;
/** The top label's size (styles/cards.css) and the share of it a character takes, with its letter spacing, in bold. */
const LABEL_SIZE = 10;
const LABEL_ADVANCE = 0.62;
/**
 * The top label's size where the cards leave too short a margin for it (styles/cards.css): at 7 pt
 * the business cards' duplex test named its side in type too small to read at a glance.
 */
const NARROW_SIZE = 9;
/** Room kept between the paper's edge and the ends of a narrow top label, where no printer prints. */
const EDGE_ROOM = mm(6);

/**
 * A line of text at the top of the sheet: centred under the scales when the cards leave a wide
 * enough margin, and as far under them as the scales it passes under need (a gutter's two stacked
 * at the centre reach further down: the centred label touched the lower one's zero tick); over the
 * middle of the first column when that margin is too short for it; else over the first column
 * higher up, in smaller type.
 */
export function topLabel(g: SheetGeometry, origin: { x: number; y: number }, words: string, flag?: string): string {
  // Set in its own direction, not the page's: on an Arabic page the English alignment label's
  // closing arrow moved to its start ("↑ ALIGNMENT · … · this edge up"). A flag after the words
  // is a left-to-right run of its own, which printed "back-offset--" after Arabic words.
  const text = flag ? `${words} · ${flag}` : words;
  const dir = `direction="${ownDirection(words)}"`;
  const content = escape(words) + (flag ? ` · <tspan direction="ltr" unicode-bidi="isolate">${escape(flag)}</tspan>` : '');
  const half = ([...text].length * LABEL_SIZE * LABEL_ADVANCE) / 2;
  const boxes = topScaleBoxes(g, origin);
  // The baseline that clears every scale the label passes under by 4 pt over its face's ascent (1.02 em in Source Sans 3), if the cards leave room for it.
  const baseline = (x: number) => {
    const under = boxes.filter((b) => b.x2 + CLEAR > x - half && b.x1 - CLEAR < x + half).map((b) => b.y2 + 4 + 1.1 * LABEL_SIZE);
    const y = Math.max(origin.y - 10, ...under);
    return y <= origin.y - 4 ? y : undefined;
  };
  if (origin.y >= LABEL_MARGIN) {
    for (const x of [g.sheet.width / 2, origin.x + g.card.width / 2]) {
      const y = baseline(x);
      if (y !== undefined) return `<text class="top-label" x="${f(x)}" y="${f(y)}" text-anchor="middle" ${dir}>${content}</text>`;
    }
  }
  // Centred over the first column, as far in as its width needs to stay clear of the paper's edge.
  const x = Math.max(origin.x + g.card.width / 2, ([...text].length * NARROW_SIZE * LABEL_ADVANCE) / 2 + EDGE_ROOM);
  // Above the first row's text where the cards start at the paper edge, else in the margin, its
  // descenders clear of the top scales' numbers (SCALE_INSET - LABEL_REACH).
  const y = origin.y < 24 ? 12.5 : 14;
  return `<text class="top-label narrow" x="${f(x)}" y="${y}" text-anchor="middle" ${dir}>${content}</text>`;
}

/** Letters of the scripts written right to left. */
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/** The direction of a line of text as its first letter gives it (Unicode's rule for a paragraph). */
const ownDirection = (text: string): 'ltr' | 'rtl' => (RTL_LETTER.test(/\p{L}/u.exec(text)?.[0] ?? '') ? 'rtl' : 'ltr');

/** A large pale word across the middle of the sheet, under the cards. */
export function watermark(g: SheetGeometry, text: string): string {
  // 110 px for FRONT; a longer word in another language ("ACHTERKANT") smaller, within the sheet.
  const size = Math.min(110, (0.85 * g.sheet.width) / (0.72 * [...text].length));
  return `<text class="watermark" x="${f(g.sheet.width / 2)}" y="${f(g.sheet.height / 2 + size * 0.27)}" text-anchor="middle" style="font-size: ${f(size)}px">${escape(text)}</text>`;
}

/** The SVG element around marks, the size of the sheet. */
export function overlaySvg(g: SheetGeometry, content: string): string {
  const w = f(g.sheet.width);
  const h = f(g.sheet.height);
  return `<svg class="sheet-overlay" aria-hidden="true" width="${w}pt" height="${h}pt" viewBox="0 0 ${w} ${h}">${content}</svg>`;
}
