import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildDeckText, pdfInfo, pdfPages } from '../helpers.js';
import { findSequence, pdfWords } from '../pdf-words.js';
import { greyPage, ruledRows } from '../pdf-grey-page.js';
import { textRuns } from '../pdf-font-sizes.js';
import { pageFill } from '../pdf-page-fill.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

// A deck of six questions, two of them answered in one word: the smallest bank a user brings.
const q = (title: string, card: string, body: string) => [`### ${title}`, '', `> ${card}`, '', body, ''];
const DECK = [
  '---',
  'title: Git Essentials',
  'lang: en',
  '---',
  '',
  '# Git Essentials',
  '',
  'Six questions to check you can work in a shared repository.',
  '',
  '## Everyday Git',
  '',
  ...q(
    'What does git fetch do that git pull does not?',
    'Fetch downloads the remote’s commits and updates remote-tracking branches without touching your work; pull fetches and then merges or rebases.',
    'Fetch is always safe: it only updates `origin/main` and friends. Pull changes your current branch, so run fetch first when you want to look before you merge.',
  ),
  ...q(
    'Which command shows who last changed each line of a file?',
    'Blame.',
    'It prints the commit, author and date beside every line; `-L 10,20` narrows it to a range and `-w` ignores whitespace changes.',
  ),
  ...q(
    'What is a fast-forward merge?',
    'Moving the branch pointer forward when the target has no commits of its own: no merge commit is made.',
    'When `main` has not moved since you branched, merging your branch just moves `main` to your tip. `--no-ff` forces a merge commit so the branch stays visible in history.',
  ),
  ...q(
    'Rebase or merge?',
    'Rebase for a linear history of your own unpublished work; merge for shared branches.',
    'Rebasing replays your commits on a new base and rewrites their hashes. Never rebase commits that others have already pulled. Merging keeps history as it happened, at the cost of merge commits.',
  ),
  ...q(
    'What does git bisect find?',
    'The first commit that introduced a bug, by binary search.',
    'Mark one good and one bad commit; Git checks out the midpoint and you say good or bad until one commit is left.',
  ),
  ...q(
    'Which file lists paths Git should not track?',
    '.gitignore.',
    'Patterns in `.gitignore` keep untracked files out of `git status`. A file already tracked stays tracked until you remove it from the index.',
  ),
].join('\n');

const DPI = 100;
const px = (pt: number) => Math.round((pt * DPI) / 72);

describe('a deck of six questions', () => {
  let out = '';
  beforeAll(async () => {
    out = await buildDeckText('git-essentials', DECK, ['guide', 'cheatsheet', 'quiz']);
  });

  it('starts its questions under the contents, not on a page of their own: no page of the guide is left mostly blank', () => {
    const file = path.join(out, 'guide.pdf');
    const pages = pdfPages(file);
    // Cover; introduction, contents and the first questions; the rest (it was 4 pages, page 2 35 % full, Q6 alone on page 4).
    expect(pages).toHaveLength(3);
    expect(pages[1]).toMatch(/Contents[\s\S]*Fetch\s+is\s+always\s+safe/);
    // The contents give page 2 for the first question, where it now prints.
    const contents = pdfPages(file, true)[1];
    expect(contents).toMatch(/Q1\s+What\s+does\s+git\s+fetch\s+do\s+that\s+git\s+pull\s+does\s+not\?[^\d\n]*2\s*\n/);
  });

  it('sets its cheat sheet as a page of text, not a poster nor two short columns: one column of book measure, the body at most 12.5 pt', () => {
    const file = path.join(out, 'cheatsheet.pdf');
    const pt = Number(/at ([\d.]+) pt/.exec(pdfInfo(file).Subject ?? '')?.[1]);
    // A short sheet grows its type, while it stays under half its page, up to 12.5 pt: a book's large size, not a poster's.
    expect(pt).toBeLessThanOrEqual(12.5);
    // The card answers' face (the body serif) is printed at that size, never the 14 pt it was.
    const body = textRuns(file).filter((r) => /Serif/i.test(r.font));
    expect(Math.max(...body.map((r) => r.size))).toBeLessThanOrEqual(12.5);
    // One column: every question starts at the same left edge (two columns had two), and the
    // page is used: text down to 35 % of its height at least (it was 25 %, in two columns at 10.5 pt).
    const [page] = pdfWords(file);
    const labels = page.words.filter((w) => /^Q\d$/.test(w.text));
    expect(labels).toHaveLength(6);
    expect(new Set(labels.map((w) => Math.round(w.xMin))).size).toBe(1);
    expect(pageFill(file, { top: 9, bottom: 10 })[0]).toBeGreaterThan(0.35);
    // Book measure: the longest line of an answer has at most 80 characters.
    const lines = pdfPages(file, true)[0]
      .split('\n')
      .map((l) => l.trim());
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(80);
  });

  it('gives a one-word answer in the quiz one writing line, a sentence several', () => {
    const file = path.join(out, 'quiz.pdf');
    const pages = pdfWords(file);
    const rulesUnder = (question: string, next: string) => {
      const at = pages.findIndex((p) => findSequence(p, question).length > 0);
      const page = pages[at];
      const head = findSequence(page, question)[0];
      const below = findSequence(page, next)[0];
      const left = px(head.xMin) + 5;
      const right = px(Math.max(...page.words.map((w) => w.xMax))) - 5;
      return ruledRows(greyPage(file, at + 1, DPI), { from: px(head.yMax) + 2, to: below ? px(below.yMin) - 2 : px(page.height - 60), left, right }).length;
    };
    // "Blame." and ".gitignore.": one line each (there were four, then more as the page filled).
    expect(rulesUnder('2. Which command shows who last', '3. What is a fast-forward')).toBe(1);
    expect(rulesUnder('6. Which file lists paths', 'Answer key')).toBe(1);
    // A sentence keeps room for a sentence.
    expect(rulesUnder('1. What does git fetch', '2. Which command')).toBeGreaterThanOrEqual(3);
  });
});
