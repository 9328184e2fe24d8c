import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { FRONT_QUESTION_EM } from '../../src/print/fit-cards.js';
import { cardFontMaxPt } from '../../src/render/render-cards.js';
import { buildWith, pdfPages, squash, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';
import { textRuns } from '../pdf-font-sizes.js';
import { pdfWords } from '../pdf-words.js';

parseInPlace();

const deck = 'test/fixtures/cards-uneven/uneven.md';
/** The fixture's two long answers (a soufflé, a sourdough starter) among eighteen of a line or two. */
const LONG = [9, 17];

/** The answer's size on each card (one card a page), read from the serif's runs in the PDF. */
function answerSizes(file: string): Map<number, number> {
  const sizes = new Map<number, number>();
  for (const run of textRuns(file)) if (/SourceSerif4-Regular/.test(run.font)) sizes.set(run.page, Math.max(sizes.get(run.page) ?? 0, run.size));
  return sizes;
}

/**
 * The heights pdftotext gives the card numbers ("Q9") and the footer's deck title ("Kitchen
 * Science"), a hundredth of a point apart, over the pages of one kind of face: every page, or with
 * flash faces on sheets every other (fronts, then backs). One each where every card's furniture
 * prints at one size.
 */
function furnitureHeights(file: string, kinds: number, kind: number): { numbers: number[]; titles: number[] } {
  const words = pdfWords(file).flatMap((page, i) => (i % kinds === kind ? page.words : []));
  const heights = (pick: (text: string) => boolean) => [...new Set(words.filter((w) => pick(w.text)).map((w) => Math.round((w.yMax - w.yMin) * 100) / 100))];
  return { numbers: heights((t) => /^Q\d+$/.test(t)), titles: heights((t) => t === 'Kitchen') };
}

describe('a deck of short answers and two long ones', () => {
  it('sets the short ones at one size their length allows and the long ones a step or two smaller, each whole', async () => {
    const outDir = await tempDir();
    const { result, events } = await buildWith({ paths: [deck], outDir, outputs: ['cards'], cardSize: 'index-3x5' });
    expect(result.failed).toEqual([]);
    expect(events.filter((e) => e.type === 'warning' && e.diagnostic.code === 'card-overflow')).toEqual([]);
    const file = path.join(outDir, 'uneven', 'cards.pdf');
    const sizes = answerSizes(file);
    expect(sizes.size).toBe(20);
    const short = new Set([...sizes].filter(([page]) => !LONG.includes(page)).map(([, pt]) => pt));
    const long = new Set(LONG.map((page) => sizes.get(page)!));
    // The two long answers set the whole deck at 10 pt, its short cards two thirds empty.
    expect(short.size).toBe(1);
    const [deckPt] = short;
    expect(deckPt).toBeGreaterThanOrEqual(14);
    expect(deckPt).toBeLessThanOrEqual(cardFontMaxPt('index-3x5'));
    // The long ones share one size, no further under the deck's than two steps of a minor third.
    expect(long.size).toBe(1);
    const [longPt] = long;
    expect(longPt).toBeLessThan(deckPt);
    expect(deckPt / longPt).toBeLessThanOrEqual(1.2 ** 2 + 0.05);
    // Nothing of them is lost: every word of both answers is on its card.
    const pages = pdfPages(file);
    expect(squash(pages[8])).toContain('keeps a soufflé high for long once it is on the table.');
    expect(squash(pages[16])).toContain('a layer of grey liquid on top is only alcohol and can be poured off.');
    // Each is named as set smaller, with its line, so it can be shortened.
    const smaller = events.flatMap((e) => (e.type === 'warning' && e.diagnostic.code === 'card-smaller' ? [e.diagnostic] : []));
    expect(smaller.map((d) => d.line)).toEqual([41, 80]);
  });

  // Issue 14: the long cards' number and footer shrank with their answer, visibly smaller than their
  // neighbours'. A book keeps a deck's furniture alike on every card: only the text steps down.
  it.each([
    ['one card a page', { cardLayout: 'pages' as const }, 1],
    ['flash cards on sheets', { cardLayout: 'sheet' as const, cardFaces: 'flash' as const }, 2],
  ])("prints the number and footer of the cards set smaller at their neighbours' size (%s)", async (_, layout, kinds) => {
    const outDir = await tempDir();
    const { result, events } = await buildWith({ paths: [deck], outDir, outputs: ['cards'], cardSize: 'index-3x5', ...layout });
    expect(result.failed).toEqual([]);
    // The case holds only while some card is set smaller.
    expect(events.filter((e) => e.type === 'warning' && e.diagnostic.code === 'card-smaller').length).toBeGreaterThan(0);
    for (let kind = 0; kind < kinds; kind++) {
      const { numbers, titles } = furnitureHeights(path.join(outDir, 'uneven', 'cards.pdf'), kinds, kind);
      expect(numbers).toHaveLength(1);
      expect(titles).toHaveLength(1);
    }
  });
});

// Issue 14: flash fronts and backs are fitted apart (the question alone at its size, the answers at
// theirs), and each card's number and footer followed its face's size: the front's larger than the
// back's of the same card. One size for both, the smaller; each face's text keeps its own.
describe('flash cards of the deck', () => {
  it.each([
    ['one card a page', 'pages' as const],
    ['on sheets', 'sheet' as const],
  ])('print the number and footer of fronts and backs at one size, each face its text at its own (%s)', async (_, cardLayout) => {
    const outDir = await tempDir();
    const { result, events } = await buildWith({ paths: [deck], outDir, outputs: ['cards'], cardSize: 'index-3x5', cardLayout, cardFaces: 'flash' });
    expect(result.failed).toEqual([]);
    expect(events.filter((e) => e.type === 'warning' && e.diagnostic.code === 'card-overflow')).toEqual([]);
    const file = path.join(outDir, 'uneven', 'cards.pdf');
    const { numbers, titles } = furnitureHeights(file, 1, 0);
    expect(numbers).toHaveLength(1);
    expect(titles).toHaveLength(1);
    // Neither face's text is pulled to the other's size: the fronts' question (at its scale of the
    // fronts' size) and the backs' answers each print at their own (16 and 16.5 pt).
    const runs = textRuns(file);
    const answerPt = mostCommon(runs.filter((r) => /SourceSerif4-Regular/.test(r.font)).map((r) => r.size));
    const questionPt = Math.max(...runs.filter((r) => !/SourceSerif4/.test(r.font)).map((r) => r.size));
    expect(Math.abs(questionPt / FRONT_QUESTION_EM - answerPt)).toBeGreaterThanOrEqual(0.25);
  });
});

/** The value met most often. */
function mostCommon(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}
