import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildDeckText, pdfInfo } from '../helpers.js';
import { pdfWords } from '../pdf-words.js';
import { pageFill } from '../pdf-page-fill.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

// Fifteen statistics questions, answered in a formula and a sentence or two, one with a small
// table: too much for the one column, so set in two at the sheet's 10.5 pt cap, whose columns
// ended 55 % down the page and left the rest of the paper blank.
const q = (title: string, card: string, more = '') => [`### ${title}`, '', `> ${card}`, '', more || `${card} Know where it comes from.`, ''];
const DECK = [
  '---',
  'title: Numbers for Analysts',
  'lang: en',
  '---',
  '',
  '# Numbers for Analysts',
  '',
  '## Estimating',
  '',
  ...q('How far is a sample mean from the true mean, typically?', 'About $\\sigma/\\sqrt{n}$, so four times the data halves the error of the mean.'),
  ...q(
    'Why is the sample variance divided by $n-1$?',
    'The deviations are measured from $\\bar x$, which sits closer to the data than $\\mu$ does; $n-1$ undoes that shrinkage.',
  ),
  ...q('What does a 95 % interval promise?', 'The method catches the true value in 95 of every 100 repeated samples; any one interval either holds it or not.'),
  ...q('What does maximum likelihood choose?', 'The parameter under which the data seen is most probable: maximise $\\sum_i \\log f(x_i \\mid \\theta)$.'),
  ...q(
    'How does the error of a model split up?',
    'Expected squared error is $\\text{bias}^2 + \\text{variance} + \\text{noise}$; more freedom trades the first for the second.',
  ),
  ...q('When is the median the better summary?', 'When a few extreme values pull the mean away from where most of the data lies.'),
  ...q('What does the law of large numbers say?', 'The sample mean settles on $\\mu$ as $n$ grows without bound.'),
  ...q(
    'What does the central limit theorem give you?',
    'For finite variance, $\\sqrt{n}(\\bar X_n - \\mu)/\\sigma$ is close to $N(0,1)$ for large $n$, whatever the shape of the data.',
  ),
  '## Testing',
  '',
  ...q(
    'Which two mistakes can a test make?',
    'Rejecting a true null (rate $\\alpha$), or keeping a false one (rate $\\beta$); power is $1-\\beta$.',
    [
      'Which two mistakes can a test make?',
      '',
      '| Truth | Reject | Keep |',
      '|---|---|---|',
      '| Null true | Type I | right |',
      '| Null false | right | Type II |',
    ].join('\n'),
  ),
  ...q('How many users does an A/B test need?', 'Roughly $n \\approx 2(z_{1-\\alpha/2} + z_{1-\\beta})^2 \\sigma^2/\\delta^2$ in each arm.'),
  ...q('What is a p-value?', 'The chance, if the null holds, of a result at least as far from it as the one observed.'),
  ...q(
    'Why do rare conditions give many false alarms?',
    'By Bayes, $P(D \\mid +) = P(+ \\mid D)P(D)/P(+)$, and a small $P(D)$ keeps it low even for a good test.',
  ),
  ...q('When would you drop the t-test for a rank test?', 'For ordinal data or small samples far from normal: Mann–Whitney in place of the two-sample $t$.'),
  '## Regression',
  '',
  ...q(
    'What does least squares assume?',
    'A linear mean, independent errors of one variance, no exact collinearity; normal errors only for exact small-sample tests.',
  ),
  ...q(
    'How do you notice collinear predictors?',
    'Variance inflation factors $1/(1-R_j^2)$ above five or ten, and estimates that swing when one row is dropped.',
  ),
].join('\n');

describe('the cheat sheet of a small deck set in two columns', () => {
  let file = '';
  beforeAll(async () => {
    file = path.join(await buildDeckText('numbers-for-analysts', DECK, ['cheatsheet']), 'cheatsheet.pdf');
  });

  it('spreads its entries down its one page rather than leaving the lower part blank', () => {
    const pt = Number(/at ([\d.]+) pt/.exec(pdfInfo(file).Subject ?? '')?.[1]);
    expect(pt).toBe(10.5);
    const pages = pdfWords(file);
    expect(pages).toHaveLength(1);
    const labels = pages[0].words.filter((w) => /^Q\d+$/.test(w.text));
    expect(labels).toHaveLength(15);
    // Still in two columns: the questions stand at two left edges.
    expect(new Set(labels.map((w) => Math.round(w.xMin))).size).toBe(2);
    const fill = pageFill(file, { top: 9, bottom: 10 })[0];
    // Text reaches 66 % down the page at least (it was 55 %), and stays off its foot.
    expect(fill).toBeGreaterThan(0.66);
    expect(fill).toBeLessThan(0.99);
  });
});
