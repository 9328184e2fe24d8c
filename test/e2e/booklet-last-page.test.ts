import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, tempDir } from '../helpers.js';
import { pdfWords } from '../pdf-words.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * A deck of eight long answers (queries and tables) in an A4 booklet: the last question's closing
 * sentence, two lines, stood alone on the booklet's last page (5 % full) under a page 95 % full.
 * The last question opens the last page whole instead, and the two pages share the text.
 */
const deckFile = 'test/fixtures/booklet-end/sql-long.md';

let file = '';
beforeAll(async () => {
  const outDir = await tempDir('booklet-end-');
  const { result } = await buildWith({ paths: [deckFile], outDir, outputs: ['guide'], booklet: true });
  expect(result.failed).toEqual([]);
  file = path.join(outDir, 'sql-long', 'guide-booklet.pdf');
}, 120_000);

describe("a booklet's last page", () => {
  it('holds more than the last sentence of the last answer', () => {
    // The half of a side whose folio is the last: a page inside the back cover, which stays blank.
    const halves = pdfWords(file).flatMap((side) => [0, 1].map((slot) => side.words.filter((w) => w.xMin < side.width / 2 === (slot === 0))));
    const folio = (words: { text: string }[]) => /page (\d+) of (\d+)/.exec(words.map((w) => w.text).join(' '));
    const last = halves.find((words) => {
      const m = folio(words);
      return m !== null && m[1] === m[2];
    })!;
    expect(last, 'a page numbered last').toBeDefined();
    const text = last.map((w) => w.text).join(' ');
    expect(text, 'the last page').toContain('Q8');
    expect(last.length, 'words on the last page').toBeGreaterThan(60);
  });
});
