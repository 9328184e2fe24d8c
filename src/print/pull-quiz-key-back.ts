import type { Page } from 'puppeteer-core';
import { setStyleRules } from './style-rules.js';
import { predictPages, type PageSize } from './predict-pages.js';

/** A last page of the answer key less full than this is worth pulling back. */
const THIN_LAST_PAGE = 1 / 2;

/**
 * The key's spacing, tried in turn from the least change (templates/quiz.hbs, styles/quiz.css
 * give 3 mm between entries): the first that saves the key's last page is kept; tighter would show.
 * Last, entries may break between their paragraphs (a list's last item kept with the one before):
 * a medium entry too tall for a column's foot went whole to the next column, and the hole it left
 * pushed the key's last entries onto a page of their own (a Python bank's: 4 pages, the last 9 % full).
 */
const TIGHTER_KEYS = [
  '.quiz-key-item { margin-bottom: 2mm; }',
  '.quiz-key-item { margin-bottom: 1.5mm; } .quiz-answer p { margin-bottom: 0.5mm; }',
  '.quiz-key-item { margin-bottom: 1.5mm; line-height: 1.32; } .quiz-answer p { margin-bottom: 0.5mm; }',
  '.quiz-key-item { margin-bottom: 2mm; break-inside: auto; } .quiz-answer-q { break-after: avoid; } .quiz-answer li:last-child { break-before: avoid; }',
];

/**
 * Every spacing of TIGHTER_KEYS at once, the tightest the key can stand, tried when the first
 * fails: when even this keeps the key's last page, none of the others saves it, and one layout
 * says so where trying them all took three (a Chinese bank's key, its listings at 6 pt, its last
 * page a third full, none saving it). A key the first saves, the common case, takes no more.
 */
const TIGHTEST_KEY =
  '.quiz-key-item { margin-bottom: 1.5mm; line-height: 1.32; break-inside: auto; } .quiz-answer p { margin-bottom: 0.5mm; } .quiz-answer-q { break-after: avoid; } .quiz-answer li:last-child { break-before: avoid; }';

/** Where the rules live in the loaded page. */
const STYLE = 'style[data-sg-key]';

/**
 * The answer key's last page, when it holds only a few entries (three of forty, a quarter full):
 * the key's entries stand a little closer, so those few go back up to the page before. Laid out
 * again to check; undone unless the quiz then has a page fewer. Runs once the questions' pages
 * are final (fillQuizPages), since the key starts on a page of its own after them.
 */
export async function pullQuizKeyBack(page: Page, size: PageSize): Promise<void> {
  const ids = ['answer-key'];
  const found = await predictPages(page, size, ids);
  if ('unmodelled' in found) return;
  const keyStart = found.pages.get('answer-key') ?? found.count;
  if (found.count <= keyStart || found.lastFill >= THIN_LAST_PAGE) return;
  for (const [i, css] of TIGHTER_KEYS.entries()) {
    if (i === 1 && !(await maySave(page, size, found.count))) return;
    await page.evaluate(setStyleRules, STYLE, css);
    const again = await predictPages(page, size, ids, STYLE);
    if (!('unmodelled' in again) && again.count < found.count) return;
  }
  await page.evaluate(setStyleRules, STYLE, '');
}

/** Whether the tightest spacing (TIGHTEST_KEY) gives the quiz fewer than `count` pages; the page's rules left empty when not. */
async function maySave(page: Page, size: PageSize, count: number): Promise<boolean> {
  await page.evaluate(setStyleRules, STYLE, TIGHTEST_KEY);
  const tightest = await predictPages(page, size, ['answer-key'], STYLE);
  if ('unmodelled' in tightest || tightest.count < count) return true;
  await page.evaluate(setStyleRules, STYLE, '');
  return false;
}
