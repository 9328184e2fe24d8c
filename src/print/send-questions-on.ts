import type { Page } from 'puppeteer-core';
import { setStyleRules } from './style-rules.js';
import { predictPages, type PageSize, type PredictedPages } from './predict-pages.js';
import { cssId, ownPageName } from './chapter-page-name.js';

/** The last page should reach this (pull-guide-page-back.ts's thin last page): a third. */
const THIRD = 1 / 3;
/** A question sent on starts at least this far down the page before, which so stays half full. */
const LOW_START = 0.5;
/** Questions sent on at most: more would empty the page before. */
const MOST_SENT = 3;

/**
 * When the guide's last page holds whole questions only, too few to fill a third of it, and they
 * cannot go back up to the page before (pull-guide-page-back.ts): the questions before them go over
 * too, the fewest that bring the last page to a third, so the guide ends on a page that reads as
 * one, not a question left behind. Only questions of the last page's chapter, never its first
 * (its title would be left at the foot), each starting low enough for the page before to stay half
 * full, and only if the page count stays. The Letter Go bank's last question was alone on its last
 * page (28 %), 112 pt taller than the room above; now the question before goes with it (35 %), the
 * page before 86 %. Returns the rules kept, applied in the style element `style`; '' when none pays
 * (undone).
 */
export async function sendLastQuestionsOn(
  page: Page,
  size: PageSize,
  ids: string[],
  found: PredictedPages,
  chapters: string[],
  style: string,
): Promise<string> {
  const questions = ids.filter((id) => !chapters.includes(id));
  const at = questions.findIndex((id) => found.pages.get(id) === found.count);
  // The last page opens with a whole question (a split one is sendLastQuestionOn's or carryRemnantOn's).
  if (at < 1 || found.endPages.get(questions[at - 1]) !== found.count - 1) return '';
  for (let sent = 1; sent <= MOST_SENT && at - sent >= 0; sent++) {
    const id = questions[at - sent];
    if (found.pages.get(id) !== found.count - 1 || (found.tops.get(id) ?? 0) < LOW_START) break;
    // Its chapter, unless it opens it.
    const chapter: string = await page.evaluate((id: string) => {
      const question = document.getElementById(id);
      if (!question?.previousElementSibling?.matches('article.question')) return '';
      return question.closest('body > section.section')?.id ?? '';
    }, id);
    const name = chapter && (await ownPageName(page, chapter));
    if (!name) break;
    // Weighed as sendLastQuestionOn's: two ids outrank the plan's rules, and the prediction's column marks still override them.
    const question = `#${cssId(chapter)} #${cssId(id)}.question`;
    const css = `${question} { break-before: page; page: ${name}; }\n${question} * { page: auto; }`;
    await page.evaluate(setStyleRules, style, css);
    const again = await predictPages(page, size, ids, style);
    if ('unmodelled' in again || again.count !== found.count) break;
    if (again.lastFill >= THIRD) return css;
  }
  await page.evaluate(setStyleRules, style, '');
  return '';
}
