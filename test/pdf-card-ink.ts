import { expect } from 'vitest';
import { cellOrigin, perSheet, type SheetGeometry } from '../src/render/card-sheet.js';
import { SAFE_MARGIN } from '../src/render/render-cards.js';
import { greyPage } from './pdf-grey-page.js';

/** The least distance, in points, from a card's trim to any ink inside it, on one sheet of a cards PDF. */
export interface CardInk {
  cell: number;
  /** Distances from the left, top, right and bottom trim to the nearest ink; undefined for a blank cell. */
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Every card of one page scanned for ink (pixels darker than 200 at `dpi`): how near its trim the
 * print comes, which the word boxes of pdftotext understate (a badge's border, a rule, a glyph's
 * overshoot). Crop marks sit outside the cells and are not scanned.
 */
export function cardInk(file: string, page: number, g: SheetGeometry, dpi = 288, origin = { x: g.originX, y: g.originY }): CardInk[] {
  const grey = greyPage(file, page, dpi);
  const px = dpi / 72;
  const found: CardInk[] = [];
  for (let cell = 0; cell < perSheet(g); cell++) {
    const c = cellOrigin(g, cell, origin);
    // One pixel in from the trim on each side: the cut line is the neighbour's edge too.
    const x0 = Math.ceil(c.x * px) + 1;
    const y0 = Math.ceil(c.y * px) + 1;
    const x1 = Math.floor((c.x + g.card.width) * px) - 1;
    const y1 = Math.floor((c.y + g.card.height) * px) - 1;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let y = Math.max(0, y0); y < Math.min(grey.height, y1); y++)
      for (let x = Math.max(0, x0); x < Math.min(grey.width, x1); x++)
        if (grey.at(x, y) < 200) {
          minX = Math.min(minX, x);
          maxX = Math.max(maxX, x);
          minY = Math.min(minY, y);
          maxY = Math.max(maxY, y);
        }
    if (minX === Infinity) continue;
    found.push({
      cell,
      left: minX / px - c.x,
      top: minY / px - c.y,
      right: c.x + g.card.width - (maxX + 1) / px,
      bottom: c.y + g.card.height - (maxY + 1) / px,
    });
  }
  return found;
}

/** Every card on the first page keeps its ink at least SAFE_MARGIN from each of its four trims. */
export function expectInkInside(file: string, g: SheetGeometry): void {
  const ink = cardInk(file, 1, g);
  expect(ink.length).toBeGreaterThan(0);
  const nearest = Math.min(...ink.flatMap((c) => [c.left, c.top, c.right, c.bottom]));
  expect(nearest / 72, 'nearest ink to a trim, in inches').toBeGreaterThanOrEqual(SAFE_MARGIN / 72);
}
