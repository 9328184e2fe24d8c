import type { Page } from 'puppeteer-core';
import { applyPlan, replacePlan, withdrawPlan, type SectionPlan, type TextBlock } from './plan-section-breaks.js';
import { dropColumns, predictPages, type PageSize, type PredictedPages } from './predict-pages.js';
import { OPENS, TAIL_STEPS, fewestRunOn, tighterTail, type TailStep } from './pull-booklet-sheet-back.js';
import { cssId } from './css-id.js';
import { setStyleRules } from './style-rules.js';
import { tighterRules } from './pull-guide-page-back.js';

/** The pages before the last whose questions are drawn together: two, so that no more than the guide's last three pages change. */
const TAIL_PAGES = 2;

/**
 * When those do not pay, the pages before the last drawn together: seven, as a booklet's last
 * sheet is pulled back over eight pages (pull-booklet-sheet-back.ts) for each it saves.
 */
const WIDE_PAGES = 7;

/** Where the rules live in the loaded page (kept apart from the plan's and the pull-back's). */
const STYLE = 'style[data-sg-tail]';

/**
 * A step's leading for the listings of the questions `ids` too (guide.css sets them at 1.35): a long
 * last question whose listing fills the pages before the last (a Chinese bank's CI dashboard, seven
 * pages of code, its explanation alone on the last page, 16 % full) gains nothing from its prose.
 */
function tighterListings(ids: readonly string[], step: TailStep): string[] {
  if (!step.leading) return [];
  return ids.map((id) => `#${cssId(id)}.question pre { line-height: ${step.leading}; }`);
}

/**
 * When the page before has too little room for what the last page holds, and the last chapter
 * began on a page shared with the chapter before (the plan named its part there after that
 * chapter's page, and the change of name is a break nothing moves across): the questions of the
 * last pages (those ending on the TAIL_PAGES pages before the last, or on it: a long question begun
 * earlier, its listing filling the page before, counts) stand closer and set their lines closer, by
 * the booklet's steps (never under its leading of 1.3), and the chapters are planned again on the
 * text so tightened, so the shared page takes more of the chapter and the pages after it give up
 * their room. A long scenario bank's last question, 16 % of an A4 page, ended the guide alone under
 * a page 88 % full; it now ends the page before.
 * When no step pays, the chapters that open a page of their own (after a page too full for the plan
 * to run them on, the first one after contents more than half a page long) may go on under the page before, with no step and each step in turn,
 * as the booklet's last sheet is pulled back (pull-booklet-sheet-back.ts): tried only when the
 * tightest step with all of them run on saves the page; those that need not are then put back one
 * by one. A Korean bank on Letter ended on one question (33 %) under contents filling 51 % of their
 * page.
 * Tried with nothing cut, so taking it back leaves the page as it was; kept only when the guide has
 * a page fewer. Returns the rules and the plan kept (applied), or undefined (the page as it was).
 */
export async function tightenGuideTail(
  page: Page,
  block: TextBlock,
  size: PageSize,
  plan: SectionPlan,
  found: PredictedPages,
): Promise<{ css: string; plan: SectionPlan } | undefined> {
  const { ids, chapters } = await page.evaluate(() => ({
    ids: Array.from(document.querySelectorAll('article.question[id]'), (el) => el.id),
    chapters: Array.from(document.querySelectorAll('body > section.section[id]'), (el) => el.id),
  }));
  const last = found.count;
  const where = await predictPages(page, size, [...ids, ...chapters]);
  if ('unmodelled' in where || where.count !== last) return undefined;
  // The questions of the last pages, and those of the last WIDE_PAGES pages when those do not pay (each step on both).
  const nearIds = ids.filter((id) => (where.endPages.get(id) ?? 0) >= last - TAIL_PAGES);
  const wideIds = ids.filter((id) => (where.endPages.get(id) ?? 0) >= last - WIDE_PAGES);
  // Kept: the plan as tried cut nothing; the cuts of the plan before stay in the page, as a later load makes them.
  const kept = (css: string, trial: SectionPlan) => {
    const lines = plan.lines ?? [];
    const tables = plan.tables ?? [];
    return { css, plan: { ...trial, ...(tables.length ? { tables } : {}), ...(lines.length ? { lines } : {}) } };
  };
  // The pull-back's gaps (a question's last block keeps no margin of its own under it, its lead-ins drawn in), then the booklet's leading.
  const stepsOver = (tail: string[]) =>
    TAIL_STEPS.map((step) =>
      [...tighterRules(tail, [], { gap: step.gap, leadIns: true }), ...tighterTail(tail, step), ...tighterListings(tail, step)].join('\n'),
    );
  // The chapters planned again on the text so tightened, nothing cut, the first under the contents as before unless run on.
  const tryPlan = async (css: string, runOn: readonly string[]) => {
    await page.evaluate(setStyleRules, STYLE, css);
    await dropColumns(page);
    const trial = await replacePlan(page, block, plan.frontRunOn, false, runOn);
    const again = await predictPages(page, size, []);
    return { trial, saved: !('unmodelled' in again) && again.count < last };
  };
  // The chapters that open a page (the first one too, when it does not run on under the contents).
  const opening = chapters.filter((id) => (where.tops.get(id) ?? 1) < OPENS && (where.pages.get(id) ?? 1) > 1);
  const runOnWith = async (tries: readonly string[]) => {
    const found = await fewestRunOn(opening, tries, async (css, runOn) => (await tryPlan(css, runOn)).saved);
    if (!found) return undefined;
    const { trial, saved } = await tryPlan(found.tried, found.runOn);
    return saved ? kept(found.tried, trial) : undefined;
  };
  // The last pages' questions drawn together; then chapters run on, with no step or those; then the same over more pages.
  // Only the last page's questions: the pull-back has tried those.
  const near = nearIds.some((id) => where.pages.get(id)! < last) ? stepsOver(nearIds) : [];
  for (const css of near) {
    const { trial, saved } = await tryPlan(css, []);
    if (saved) return kept(css, trial);
  }
  const ranOn = await runOnWith(['', ...near]);
  if (ranOn) return ranOn;
  if (wideIds.length > nearIds.length) {
    const wide = stepsOver(wideIds);
    for (const css of wide) {
      const { trial, saved } = await tryPlan(css, []);
      if (saved) return kept(css, trial);
    }
    const wider = await runOnWith(wide);
    if (wider) return wider;
  }
  await page.evaluate(setStyleRules, STYLE, '');
  await dropColumns(page);
  await withdrawPlan(page);
  await applyPlan(page, plan);
  return undefined;
}
