import type { Page } from 'puppeteer-core';
import { setStyleRules } from './style-rules.js';
import { predictPages, type PageSize, type PredictedPages } from './predict-pages.js';
import { cssId } from './css-id.js';

/** A page under this is thin: it reads as nearly blank (pull-guide-page-back.ts's and tighten-guide-tail.ts's third). */
const THIN = 1 / 3;
/** Of a page, at most this much may go over with the question: the page before stays about half full. */
const MOST_CARRIED = 0.5;
/** A question starting this high on its page opens it. */
const OPENS = 0.02;

/** How full the thin page is, read from the pages found. */
type FillOf = (found: PredictedPages) => number;

/**
 * The element of `ids` opening the thin page `end` as `found` lays it out (the page less than THIN
 * full by `fillOf`), which keepWithQuestionBefore may keep with the end of the one before; undefined
 * when the page is not thin or nothing opens it. Read first on pages already measured, it spares a
 * trial plan where none can pay.
 */
export function openingQuestion(ids: readonly string[], found: PredictedPages, end: number, fillOf: FillOf): string | undefined {
  if (fillOf(found) >= THIN) return undefined;
  // The question opening the page, which follows another question of its chapter ending on the page before.
  return ids.find((id) => found.pages.get(id) === end && (found.tops.get(id) ?? 1) < OPENS);
}

/**
 * When a thin page ending a part of a combined guide, or the guide, opens with a whole
 * question, and the tail's steps could not take it back up (the pages before hold kept boxes, formulas and diagrams with no room to give):
 * that question is kept with the end of the one before (break-before: avoid), so the page breaks
 * earlier in the question before and its end (its last paragraph's lines) goes over too.
 * The page then reads as part of the chapter, not a question left behind. Kept only when the page
 * count stays, the thin page gains and no more than MOST_CARRIED of a page moves. A German part of
 * a combined A4 guide ended on its last question alone (27 % full) under three full pages; it now
 * takes the last paragraph of the question before (41 %, the page before 79 %). The question before
 * may end on a figure, which goes over with the question (a Vietnamese Letter guide's diagram).
 * After each change of rules the chapters are planned again (`replan`): the first lines of a
 * chapter on a page shared with the one before print under that one's name, and a change of name
 * is a break no `avoid` moves (the page's text ended where the chapter's name changed: 27 % kept).
 * Returns the rule kept, added to `base` in the style element `style` (applied, the plan made on
 * it); '' when none pays (`base` alone put back, the plan made on it).
 */
export async function keepWithQuestionBefore(
  page: Page,
  size: PageSize,
  ids: readonly string[],
  found: PredictedPages,
  end: number,
  fillOf: FillOf,
  style: string,
  base: string,
  replan: () => Promise<unknown>,
): Promise<string> {
  const before = fillOf(found);
  const opening = openingQuestion(ids, found, end, fillOf);
  if (!opening) return '';
  const chapter: string = await page.evaluate((id: string) => {
    const question = document.getElementById(id);
    const before = question?.previousElementSibling;
    if (!question?.matches('article.question') || !before?.matches('article.question')) return '';
    return question.closest('body > section.section')?.id ?? '';
  }, opening);
  if (!chapter) return '';
  // Two ids outrank the plan's rules on the question; !important as carryRemnantOn's, over a question's own keeps.
  const rule = `#${cssId(chapter)} #${cssId(opening)}.question { break-before: avoid !important; }`;
  await page.evaluate(setStyleRules, style, [base, rule].filter(Boolean).join('\n'));
  // The chapters' page names planned again: what goes over now opens the page, under its chapter's name.
  await replan();
  const again = await predictPages(page, size, ids);
  if (!('unmodelled' in again) && again.count === found.count) {
    const after = fillOf(again);
    if (after > before && after - before <= MOST_CARRIED) return rule;
  }
  await page.evaluate(setStyleRules, style, base);
  await replan();
  return '';
}
