import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWith, tempDir } from '../helpers.js';
import { pdfWords, type PdfWord } from '../pdf-words.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * A section whose introduction ends with a table (a one-row notice, as a Spanish quiz bank sets its
 * licence note): a table has no margin of its own, and the first question's heading stood right
 * under its bottom rule, 2 pt away, where a question stands 1.2em under the one before.
 */
const deckFile = 'test/fixtures/section-intro-table/notice.md';

describe('a table ending a section’s introduction', () => {
  let words: PdfWord[] = [];
  beforeAll(async () => {
    const outDir = await tempDir('intro-table-');
    const { result } = await buildWith({ paths: [deckFile], outDir, outputs: ['guide'], paper: 'letter' });
    expect(result.failed).toEqual([]);
    words = pdfWords(path.join(outDir, 'notice', 'guide.pdf'))[1].words;
  }, 120_000);

  it('stands as far from the first question as a question from the one before', () => {
    // The last of each: the contents list the questions first.
    const top = (text: string) => words.filter((w) => w.text === text).at(-1)!.yMin;
    const bottom = (text: string) => words.filter((w) => w.text === text).at(-1)!.yMax;
    // From the notice's last line to Q1, and from Q1's answer's last line to Q2.
    const [afterTable, betweenQuestions] = [top('Q1') - bottom('welcome.'), top('Q2') - bottom('missing.')];
    expect(betweenQuestions).toBeGreaterThan(10);
    expect(afterTable).toBeGreaterThan(betweenQuestions * 0.8);
  });
});
