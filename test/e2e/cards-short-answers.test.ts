import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { cardFontMaxPt } from '../../src/render/render-cards.js';
import { buildWith, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';
import { textRuns } from '../pdf-font-sizes.js';
import { pdfWords } from '../pdf-words.js';

parseInPlace();

const deck = 'test/fixtures/cards-short/short-answers.md';

/** Each card's text, question to last answer line, as a share of the room between its head line and its foot line. */
function textSpans(file: string): number[] {
  return pdfWords(file).map((page) => {
    const ys = [...new Set(page.words.map((w) => Math.round(w.yMin)))].sort((a, b) => a - b);
    const lines = ys.map((y) => page.words.filter((w) => Math.round(w.yMin) === y));
    const [head, ...rest] = lines;
    const foot = rest.pop()!;
    const top = Math.max(...head.map((w) => w.yMax));
    const bottom = Math.min(...foot.map((w) => w.yMin));
    const body = rest.flat();
    return (Math.max(...body.map((w) => w.yMax)) - Math.min(...body.map((w) => w.yMin))) / (bottom - top);
  });
}

describe('a deck of short answers without levels', () => {
  it('sets its answers larger than 13 pt, up to a size whose lines still hold 40 characters, and fills half the card', async () => {
    const outDir = await tempDir();
    const { result } = await buildWith({ paths: [deck], outDir, outputs: ['cards'], cardSize: 'index-3x5' });
    expect(result.failed).toEqual([]);
    const file = path.join(outDir, 'short-answers', 'cards.pdf');
    // The answers' serif, read from the PDF: one size for the deck, above the old 13 pt ceiling.
    const sizes = new Set(textRuns(file).flatMap((r) => (/SourceSerif4-Regular/.test(r.font) ? [r.size] : [])));
    expect(sizes.size).toBe(1);
    const [size] = sizes;
    expect(size).toBeGreaterThan(14);
    expect(size).toBeLessThanOrEqual(cardFontMaxPt('index-3x5'));
    // Not a poster: at the largest size a line across the card still holds 40 characters of prose.
    expect(cardFontMaxPt('index-3x5')).toBeLessThanOrEqual(18);
    // At 13 pt the text spanned a third of the room left between the card's head and foot (median 37 %).
    const spans = textSpans(file).sort((a, b) => a - b);
    expect(spans[Math.floor(spans.length / 2)]).toBeGreaterThan(0.45);
  });

  it('keeps each card number in the top right corner, with no level badge before it', async () => {
    const outDir = await tempDir();
    const { result } = await buildWith({ paths: [deck], outDir, outputs: ['cards'], cardSize: 'business' });
    expect(result.failed).toEqual([]);
    // The deck has no levels: the number stood alone at the left of the card's head.
    for (const [i, page] of pdfWords(path.join(outDir, 'short-answers', 'cards.pdf')).entries()) {
      const number = page.words.find((w) => w.text === `Q${i + 1}`)!;
      expect(page.width - number.xMax, `Q${i + 1} from the right edge`).toBeLessThan(0.3 * 72);
      expect(number.xMin, `Q${i + 1} from the left edge`).toBeGreaterThan(page.width / 2);
    }
  });
});
