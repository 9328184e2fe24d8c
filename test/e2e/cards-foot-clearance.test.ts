import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { CARD_STOCKS, stockOptions, type CardStockName } from '../../src/model/card-stocks.js';
import { cellOrigin, perSheet, type SheetGeometry } from '../../src/render/card-sheet.js';
import { cardPlan, SAFE_MARGIN } from '../../src/render/render-cards.js';
import { buildWith, tempDir } from '../helpers.js';
import { cardInk, type CardInk } from '../pdf-card-ink.js';
import { greyPage } from '../pdf-grey-page.js';
import { pdfWords } from '../pdf-words.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * On A7 cards cut from A4 the longest answer (how TLS proves a server, eight lines) ended within
 * about a millimetre of the footer's rule. Every card, of every size, keeps two millimetres between
 * its text's ink and that rule now, and 0.15 in between any ink and its trim.
 */
const deckFile = 'test/fixtures/sheet-finish/web-basics.md';
const DPI = 288;
const MM = 72 / 25.4;
/** The deck's cards, one a question. */
const CARDS = 20;

/** One stock for each card size: the clearance was measured on A7 alone. */
const stocks = [...new Map(Object.entries(CARD_STOCKS).map(([name, s]) => [s.cardSize, name as CardStockName])).values()];

/** For each card on a page: points between the lowest ink of its text and the top of its footer rule. */
function footGaps(file: string, g: SheetGeometry, page: number): number[] {
  const grey = greyPage(file, page, DPI);
  const px = DPI / 72;
  const gaps: number[] = [];
  for (let cell = 0; cell < perSheet(g); cell++) {
    const c = cellOrigin(g, cell, { x: g.originX, y: g.originY });
    const left = Math.ceil((c.x + SAFE_MARGIN) * px);
    const right = Math.floor((c.x + g.card.width - SAFE_MARGIN) * px);
    const top = Math.ceil(c.y * px) + 2;
    const bottom = Math.floor((c.y + g.card.height) * px) - 2;
    const inked = (y: number, dark: number) => {
      let n = 0;
      for (let x = left; x < right; x++) if (grey.at(x, y) < dark) n++;
      return n;
    };
    const ruled = (y: number) => inked(y, 235) >= 0.6 * (right - left);
    // The footer's rule: the lowest ruled row of the card, then up to its top.
    let rule = bottom;
    while (rule > top && !ruled(rule)) rule--;
    if (rule <= top) continue; // a blank cell
    while (ruled(rule - 1)) rule--;
    let text = rule - 1;
    while (text > top && inked(text, 200) === 0) text--;
    gaps.push((rule - text - 1) / px);
  }
  return gaps;
}

describe.each(stocks)('cards on %s', (stock) => {
  const g = cardPlan({ cardStock: stock, ...stockOptions(stock), layout: 'sheet' }).geometry;
  // Each sheet measured both ways from one rendering (pdftoppm at 288 dpi): measured test by test,
  // a stock of more than four sheets rendered each twice (the renderings kept are four).
  let sheets: { gaps: number[]; ink: CardInk[] }[] = [];
  beforeAll(async () => {
    const outDir = await tempDir('cards-foot-');
    const { result } = await buildWith({ paths: [deckFile], outDir, cardStock: stock, ...stockOptions(stock), outputs: ['cards'] });
    expect(result.failed).toEqual([]);
    const file = path.join(outDir, 'web-basics', 'cards.pdf');
    sheets = pdfWords(file).map((_, i) => ({ gaps: footGaps(file, g, i + 1), ink: cardInk(file, i + 1, g, DPI) }));
  }, 120_000);

  it("keep every card's text 2 mm clear of its footer rule", () => {
    expect(sheets).toHaveLength(Math.ceil(CARDS / perSheet(g)));
    const gaps = sheets.flatMap((sheet) => sheet.gaps);
    expect(gaps).toHaveLength(CARDS);
    expect(Math.min(...gaps) / MM, 'nearest text to a footer rule, mm').toBeGreaterThanOrEqual(2);
  });

  it('keep all ink 0.15 in from the trim', () => {
    sheets.forEach(({ ink }, i) => {
      const nearest = Math.min(...ink.flatMap((c) => [c.left, c.top, c.right, c.bottom]));
      expect(nearest / 72, `sheet ${i + 1}: nearest ink to a trim, in inches`).toBeGreaterThanOrEqual(SAFE_MARGIN / 72);
    });
  });
});
