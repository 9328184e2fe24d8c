import type { Page } from 'puppeteer-core';
import { applyPlan, measurePlan, withdrawPlan, type SectionPlan, type TextBlock } from './plan-section-breaks.js';
import { predictPages, type PageSize } from './predict-pages.js';

/**
 * A last page fuller than this is not tried: the room under a front more than half full (the plan's
 * own rule runs the first chapter on under a front less full) is less than half a page, and the
 * later steps (questions let split, the last page pulled back) often save a page of a guide whose
 * last page is a little fuller without it: a networking deck's 15 pages as planned (last 28 %
 * full) printed 14 either way, and run on it left a page 76 % full above a short question.
 */
const MOST_LAST_FILL = 0.25;

/**
 * The first chapter runs on under the introduction and contents, more than half full, when that
 * makes the guide a page shorter: a Spanish bank's contents filled page 2 to 57 %, its one chapter
 * opening page 3 and ending on page 4, 19 % full; run on, the guide has three pages. Tried only
 * when the plan (applied) has the chapter open a page and the last page is light enough to go;
 * kept when the pages as predicted are fewer (a booklet's sheets), measured again with its cuts,
 * else the plan as it was is applied again. Returns the plan applied.
 */
export async function runFrontOnWhenShorter(page: Page, block: TextBlock, size: PageSize & { signature?: number }, plan: SectionPlan): Promise<SectionPlan> {
  if (plan.frontRunOn) return plan;
  const { front, cover } = await page.evaluate(() => ({
    front: !!document.querySelector('body > nav.toc, body > section.intro'),
    cover: !!document.querySelector('.cover'),
  }));
  if (!front) return plan;
  // A booklet's page saved is worth it only with its sheet: else the page before the back is left blank instead.
  const signature = size.signature && cover ? size.signature : 1;
  const sheets = (pages: number) => Math.ceil(pages / signature);
  const before = await predictPages(page, size, []);
  if ('unmodelled' in before || before.lastFill > MOST_LAST_FILL) return plan;
  // A trial cuts nothing, so taking it back leaves the page as the plan left it.
  await withdrawPlan(page);
  const trial = await measurePlan(page, block, true, false);
  if (trial.frontRunOn) {
    await applyPlan(page, trial);
    const after = await predictPages(page, size, []);
    await withdrawPlan(page);
    if (!('unmodelled' in after) && sheets(after.count) < sheets(before.count)) {
      const kept = await measurePlan(page, block, true);
      await applyPlan(page, kept);
      // The cuts the first plan made stay in the page: a later load makes them, then the new plan's.
      const tables = [...(plan.tables ?? []), ...(kept.tables ?? [])];
      const lines = [...(plan.lines ?? []), ...(kept.lines ?? [])];
      return { ...kept, ...(tables.length ? { tables } : {}), ...(lines.length ? { lines } : {}) };
    }
  }
  await applyPlan(page, plan);
  return plan;
}
