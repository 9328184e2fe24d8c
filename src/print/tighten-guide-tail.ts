import type { Page } from 'puppeteer-core';
import { applyPlan, replacePlan, withdrawPlan, type SectionPlan, type TextBlock } from './plan-section-breaks.js';
import { dropColumns, predictPages, type PageSize, type PredictedPages } from './predict-pages.js';
import { TAIL_STEPS, tighterTail } from './pull-booklet-sheet-back.js';
import { setStyleRules } from './style-rules.js';
import { tighterRules } from './pull-guide-page-back.js';

/** The pages before the last whose questions are drawn together: two, so that no more than the guide's last three pages change. */
const TAIL_PAGES = 2;

/** Where the rules live in the loaded page (kept apart from the plan's and the pull-back's). */
const STYLE = 'style[data-sg-tail]';

/**
 * When the page before has too little room for what the last page holds, and the last chapter
 * began on a page shared with the chapter before (the plan named its part there after that
 * chapter's page, and the change of name is a break nothing moves across): the questions of the
 * last pages (starting on the TAIL_PAGES pages before the last, or on it) stand closer and set their
 * lines closer, by the booklet's steps (never under its leading of 1.3), and the chapters are
 * planned again on the text so tightened, so the shared page takes more of the chapter and the
 * pages after it give up their room. A long scenario bank's last question, 16 % of an A4 page,
 * ended the guide alone under a page 88 % full; it now ends the page before. Tried with nothing
 * cut, so taking it back leaves the page as it was; kept only when the guide has a page fewer.
 * Returns the rules and the plan kept (applied), or undefined (the page as it was).
 */
export async function tightenGuideTail(
  page: Page,
  block: TextBlock,
  size: PageSize,
  plan: SectionPlan,
  found: PredictedPages,
): Promise<{ css: string; plan: SectionPlan } | undefined> {
  const ids: string[] = await page.evaluate(() => Array.from(document.querySelectorAll('article.question[id]'), (el) => el.id));
  const last = found.count;
  const where = await predictPages(page, size, ids);
  if ('unmodelled' in where || where.count !== last) return undefined;
  const tail = ids.filter((id) => (where.pages.get(id) ?? 0) >= last - TAIL_PAGES);
  // Only the last page's questions: the pull-back has tried those.
  if (!tail.some((id) => where.pages.get(id)! < last)) return undefined;
  for (const step of TAIL_STEPS) {
    // The pull-back's gaps (a question's last block keeps no margin of its own under it, its lead-ins drawn in), then the booklet's leading.
    const css = [...tighterRules(tail, [], { gap: step.gap, leadIns: true }), ...tighterTail(tail, step)].join('\n');
    await page.evaluate(setStyleRules, STYLE, css);
    // The chapters planned again on the text so tightened, nothing cut, the first under the contents as before.
    await dropColumns(page);
    const trial = await replacePlan(page, block, plan.frontRunOn, false);
    const again = await predictPages(page, size, []);
    if (!('unmodelled' in again) && again.count < last) {
      // Kept: the plan as tried cut nothing; the cuts of the plan before stay in the page, as a later load makes them.
      const lines = plan.lines ?? [];
      const tables = plan.tables ?? [];
      return { css, plan: { ...trial, ...(tables.length ? { tables } : {}), ...(lines.length ? { lines } : {}) } };
    }
  }
  await page.evaluate(setStyleRules, STYLE, '');
  await dropColumns(page);
  await withdrawPlan(page);
  await applyPlan(page, plan);
  return undefined;
}
