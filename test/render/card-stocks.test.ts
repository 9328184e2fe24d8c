import { describe, expect, it } from 'vitest';
import { backOrigin, cellOrigin, cropMarks, cutLines, gridSize, perSheet } from '../../src/render/card-sheet.js';
import { CARD_STOCKS, type CardStockName } from '../../src/model/card-stocks.js';
import { cardPlan, cardPoints } from '../../src/render/render-cards.js';
import { PAPERS } from '../../src/model/paper.js';

const IN = 72;
const MM = 72 / 25.4;

/** The figures of each template, restated from the makers' sheets: sheet, cards, first card's corner, pitch. */
const TEMPLATES: Record<
  CardStockName,
  { sheet: [number, number]; card: [number, number]; grid: [number, number]; first: [number, number]; pitch: [number, number] }
> = {
  'avery-5388': { sheet: [8.5 * IN, 11 * IN], card: [5 * IN, 3 * IN], grid: [1, 3], first: [1.75 * IN, 1 * IN], pitch: [5 * IN, 3 * IN] },
  'avery-5371': { sheet: [8.5 * IN, 11 * IN], card: [3.5 * IN, 2 * IN], grid: [2, 5], first: [0.75 * IN, 0.5 * IN], pitch: [3.5 * IN, 2 * IN] },
  'avery-5389': { sheet: [8.5 * IN, 11 * IN], card: [6 * IN, 4 * IN], grid: [1, 2], first: [1.25 * IN, 1.5 * IN], pitch: [6 * IN, 4 * IN] },
  'avery-c32011': { sheet: [210 * MM, 297 * MM], card: [85 * MM, 54 * MM], grid: [2, 5], first: [15 * MM, 13.5 * MM], pitch: [95 * MM, 54 * MM] },
  'a6-on-a4': { sheet: [297 * MM, 210 * MM], card: [148 * MM, 105 * MM], grid: [2, 2], first: [0.5 * MM, 0], pitch: [148 * MM, 105 * MM] },
  'a7-on-a4': { sheet: [210 * MM, 297 * MM], card: [105 * MM, 74 * MM], grid: [2, 4], first: [0, 0.5 * MM], pitch: [105 * MM, 74 * MM] },
};

const planFor = (name: CardStockName, extra: { gutter?: number; duplex?: 'long' | 'short' } = {}) => {
  const s = CARD_STOCKS[name];
  return cardPlan({ cardStock: name, cardSize: s.cardSize, paper: s.paper, layout: 'sheet', ...extra });
};

describe('card stock presets', () => {
  it.each(Object.keys(TEMPLATES) as CardStockName[])('%s places every card where its template has it', (name) => {
    const t = TEMPLATES[name];
    const { geometry: g, stock, note } = planFor(name);
    expect(stock).toBe(name);
    expect(note).toBeUndefined();
    expect(g.sheet.width).toBeCloseTo(t.sheet[0], 0);
    expect(g.sheet.height).toBeCloseTo(t.sheet[1], 0);
    expect(g.card.width).toBeCloseTo(t.card[0], 2);
    expect(g.card.height).toBeCloseTo(t.card[1], 2);
    expect([g.cols, g.rows]).toEqual(t.grid);
    for (let i = 0; i < perSheet(g); i++) {
      const c = cellOrigin(g, i);
      expect(c.x).toBeCloseTo(t.first[0] + (i % g.cols) * t.pitch[0], 2);
      expect(c.y).toBeCloseTo(t.first[1] + Math.floor(i / g.cols) * t.pitch[1], 2);
      // Every card lies on the sheet.
      expect(c.x + g.card.width).toBeLessThanOrEqual(g.sheet.width + 0.01);
      expect(c.y + g.card.height).toBeLessThanOrEqual(g.sheet.height + 0.01);
    }
  });

  it('keeps crop marks outside the card area, and prints none where the cards reach the paper edge', () => {
    for (const name of Object.keys(TEMPLATES) as CardStockName[]) {
      const { geometry: g } = planFor(name);
      const grid = gridSize(g);
      const inside = (x: number, y: number) =>
        x > g.originX + 0.01 && x < g.originX + grid.width - 0.01 && y > g.originY + 0.01 && y < g.originY + grid.height - 0.01;
      const marks = cropMarks(g);
      for (const m of marks) expect(inside(m.x1, m.y1) || inside(m.x2, m.y2), `${name} mark ${JSON.stringify(m)}`).toBe(false);
      if (CARD_STOCKS[name].kind === 'plain') expect(marks, name).toEqual([]);
      else expect(marks.length, name).toBeGreaterThan(0);
    }
  });

  it('shares cut lines between cards when the gutter is 0, and centres the re-spaced grid', () => {
    const { geometry: g } = planFor('avery-c32011', { gutter: 0 });
    expect([g.gapX, g.gapY]).toEqual([0, 0]);
    expect(cutLines(g).xs.length).toBe(3);
    expect(cutLines(g).ys.length).toBe(6);
    expect(g.originX).toBeCloseTo((210 * MM - 170 * MM) / 2, 1);
    // Too wide a gutter for the stock: laid out as plain paper, with a note saying so.
    const tooWide = planFor('a7-on-a4', { gutter: 20 });
    expect(tooWide.stock).toBeUndefined();
    expect(tooWide.note).toMatch(/gutter/);
  });

  it('mirrors the grid on the back so each back lands behind its front, for either flip', () => {
    for (const name of Object.keys(TEMPLATES) as CardStockName[]) {
      for (const duplex of ['long', 'short'] as const) {
        const { geometry: g } = planFor(name, { duplex });
        const back = backOrigin(g);
        const grid = gridSize(g);
        if (g.mirror === 'columns') {
          expect(back.x + grid.width, name).toBeCloseTo(g.sheet.width - g.originX, 3);
          expect(back.y).toBeCloseTo(g.originY, 3);
        } else {
          expect(back.y + grid.height, name).toBeCloseTo(g.sheet.height - g.originY, 3);
          expect(back.x).toBeCloseTo(g.originX, 3);
        }
      }
    }
  });

  it('says so when a flag overrides the stock, and lays the cards out as on plain paper', () => {
    const plan = cardPlan({ cardStock: 'avery-5371', cardSize: 'a7', paper: 'letter', layout: 'sheet' });
    expect(plan.stock).toBeUndefined();
    expect(plan.note).toMatch(/--card-size a7 replaces the business cards of avery-5371/);
    expect(plan.geometry.card).toEqual(cardPoints('a7'));
    expect(cardPlan({ cardStock: 'avery-5388', cardSize: 'index-3x5', paper: 'a4', layout: 'sheet' }).note).toMatch(/--paper a4/);
    expect(PAPERS.letter.width).toBe(612);
    expect(cardPlan({ cardSize: 'a7', layout: 'pages', gutter: 0 }).note).toMatch(/--gutter is not used/);
  });
});
