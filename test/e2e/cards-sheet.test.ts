import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { loadDeck } from '../../src/content/load-deck.js';
import { allQuestions } from '../../src/model/deck.js';
import { buildWith, pageSizes, pdfText, squash, tempDir } from '../helpers.js';
import { pdfWords } from '../pdf-words.js';
import { cardPadding, cardPoints } from '../../src/render/render-cards.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

const deckFile = 'test/fixtures/cards-deck/git-workflow.md';

/** Page 1 as 72-dpi grayscale pixels (1 px = 1 pt), from poppler's renderer. */
function grayPixels(pdf: string): { width: number; height: number; at: (x: number, y: number) => number } {
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', '72', '-f', '1', '-l', '1', pdf]);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 50).toString('latin1'));
  if (!header) throw new Error('not a PGM');
  const [width, height, offset] = [Number(header[1]), Number(header[2]), header[0].length];
  return { width, height, at: (x, y) => pgm[offset + y * width + x] };
}

/** x positions (px) of dark runs along one pixel row. */
function darkRuns(img: ReturnType<typeof grayPixels>, y: number): number[] {
  const runs: number[] = [];
  for (let x = 0, inRun = false; x < img.width; x++) {
    const dark = img.at(x, y) < 200;
    if (dark && !inRun) runs.push(x);
    inRun = dark;
  }
  return runs;
}

describe.each([
  { paper: 'a4' as const, size: [842, 595] },
  { paper: 'letter' as const, size: [792, 612] },
])('cheat cards on $paper sheets', ({ paper, size }) => {
  it('fits four 3×5 cards on each turned sheet, every question once, crop marks at every cut line', async () => {
    const outDir = await tempDir();
    const { result } = await buildWith({ paths: [deckFile], outDir, paper, cardLayout: 'sheet', outputs: ['cards'] });
    expect(result.failed).toEqual([]);
    const file = path.join(outDir, 'git-workflow', 'cards.pdf');
    const sizes = pageSizes(file);
    expect(sizes.length).toBe(3);
    for (const s of sizes) expect([Math.round(s.width), Math.round(s.height)]).toEqual(size);

    const questions = allQuestions(await loadDeck(deckFile));
    const text = pdfText(file);
    for (const q of questions) expect(text).toContain(squash(q.text));
    const labels = pdfWords(file)
      .flatMap((p) => p.words.filter((w) => /^Q\d+$/.test(w.text)).map((w) => w.text))
      .sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
    expect(labels).toEqual(questions.map((q) => `Q${q.number}`));

    // Above the cards, the marks of both edges of each column: two per column, at the card edges.
    const first = pdfWords(file)[0];
    const qs = first.words.filter((w) => /^Q\d+$/.test(w.text));
    const pad = cardPadding(cardPoints('index-3x5'), false);
    const rightEdges = [...new Set(qs.map((w) => Math.round(w.xMax + pad.x)))].sort((a, b) => a - b);
    expect(rightEdges.length).toBe(2);
    const top = Math.min(...qs.map((w) => w.yMin)) - pad.y;
    const img = grayPixels(file);
    const marks = darkRuns(img, Math.round(top - 10));
    expect(marks.length).toBe(4);
    for (const edge of rightEdges)
      expect(
        marks.some((x) => Math.abs(x - edge) <= 2),
        `mark at the right edge ${edge}`,
      ).toBe(true);
    for (const edge of rightEdges)
      expect(
        marks.some((x) => Math.abs(x - (edge - 360)) <= 2),
        `mark at the left edge ${edge - 360}`,
      ).toBe(true);
    // Nothing but marks in the margin: the row above them is blank.
    expect(darkRuns(img, 2)).toEqual([]);
  });
});
