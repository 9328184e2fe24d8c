import { findSequence, pdfWords } from './pdf-words.js';
import { greyPage, ruledRows } from './pdf-grey-page.js';

/** The resolution the quiz pages are rasterised at to count their ruled lines. */
const DPI = 72;

/**
 * Ruled writing lines under each question of a printed quiz, in the order asked: `questions` are
 * the opening words of each question as printed; the answer key's pages are left out.
 */
export function linesPerQuestion(file: string, questions: readonly string[]): number[] {
  const counts: number[] = [];
  pdfWords(file).forEach((page, i) => {
    const heads = questions.map((q) => findSequence(page, q)).filter((w) => w.length);
    if (!heads.length || findSequence(page, 'Answer key').length) return;
    const foot = page.words.filter((w) => w.text === 'page').at(-1)!;
    const left = Math.min(...page.words.map((w) => w.xMin));
    const grey = greyPage(file, i + 1, DPI);
    heads.forEach((head, k) => {
      const to = k + 1 < heads.length ? heads[k + 1][0].yMin : foot.yMin;
      counts.push(ruledRows(grey, { from: Math.ceil(head[0].yMax), to: Math.floor(to), left: Math.ceil(left), right: Math.floor(page.width - left) }).length);
    });
  });
  return counts;
}
