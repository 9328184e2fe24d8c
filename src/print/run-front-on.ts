import type { Page } from 'puppeteer-core';
import { applyPlan, measurePlan, withdrawPlan, type SectionPlan, type TextBlock } from './plan-section-breaks.js';
import { predictPages, type PageSize, type PredictedPages } from './predict-pages.js';
import { bookletPageTotal } from './impose-booklet.js';

/**
 * A last page fuller than this is not tried: the room under a front more than half full (the plan's
 * own rule runs the first chapter on under a front less full) is less than half a page, and the
 * later steps (questions let split, the last page pulled back) often save a page of a guide whose
 * last page is a little fuller without it: a networking deck's 15 pages as planned (last 28 %
 * full) printed 14 either way, and run on it left a page 76 % full above a short question.
 */
const MOST_LAST_FILL = 0.25;

/**
 * A fuller last page is tried too when it is this much smaller than the room under the front: run on
 * into that room, the body's end has a page's worth of slack to come back up by (two Spanish banks
 * on Letter, their contents 60 % and 62 % full, ended on a last page 33 % full: four pages, three
 * with the first chapter run on).
 */
const ROOM_SLACK = 0.05;

/** A page of questions ending above this, the next going on with its chapter, has a hole at its foot (page-holes.test.ts's fifth). */
const HOLE = 0.8;

/** A chapter starting this near a page's top opens it. */
const OPENS = 0.02;

/** Where the front's last element is named for the prediction, when it has no id of its own. */
const FRONT_END = 'sg-front-end';

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
  // Its sheets leave the back cover blank (bookletPageTotal): a guide of 40 pages takes 11, of 39 pages 10.
  const booklet = !!size.signature && cover;
  const sheets = (pages: number) => (booklet ? bookletPageTotal(pages) / 4 : pages);
  const frontEnd = await page.evaluate((name: string) => {
    const fronts = document.querySelectorAll('body > nav.toc, body > section.intro');
    const last = fronts[fronts.length - 1];
    if (!last.id) last.id = name;
    return last.id;
  }, FRONT_END);
  const { questions, chapters } = await page.evaluate(() => ({
    questions: Array.from(document.querySelectorAll('article.question[id]'), (el) => el.id),
    chapters: Array.from(document.querySelectorAll('body > section.section[id]'), (el) => el.id),
  }));
  const ids = [...questions, ...chapters];
  const before = await predictPages(page, size, [frontEnd, ...ids]);
  await page.evaluate((name: string) => document.getElementById(name)?.removeAttribute('id'), FRONT_END);
  if ('unmodelled' in before) return plan;
  const room = 1 - (before.bottoms.get(frontEnd) ?? 1);
  // Tried for the room alone (a fuller last page) only when no later chapter opens a page: one that does takes up the
  // shift, and the later steps save a page of such a guide as often without it (a networking deck's 15 pages printed
  // 14 either way, and run on, that deck left a page 76 % full above a question kept whole). Kept then only if it
  // opens no hole further on.
  const forRoom = before.lastFill > MOST_LAST_FILL;
  const laterOpens = chapters.slice(1).some((id) => (before.tops.get(id) ?? 1) < OPENS);
  if (before.lastFill > Math.max(MOST_LAST_FILL, laterOpens ? 0 : room - ROOM_SLACK)) return plan;
  // A trial cuts nothing, so taking it back leaves the page as the plan left it.
  await withdrawPlan(page);
  const trial = await measurePlan(page, block, true, false);
  if (trial.frontRunOn) {
    await applyPlan(page, trial);
    const after = await predictPages(page, size, forRoom ? ids : []);
    await withdrawPlan(page);
    const holesKept = (found: PredictedPages) => !forRoom || holes(found, questions, chapters) <= holes(before, questions, chapters);
    if (!('unmodelled' in after) && sheets(after.count) < sheets(before.count) && holesKept(after)) {
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

/**
 * The pages of questions, before the last, that end above HOLE while the next goes on with the same chapter (no chapter
 * opens it): how full a page is, read from where its questions end (one running over fills it).
 */
function holes(found: PredictedPages, questions: readonly string[], chapters: readonly string[]): number {
  const fill = new Map<number, number>();
  for (const id of questions) {
    const first = found.pages.get(id);
    const end = found.endPages.get(id);
    if (first === undefined || end === undefined) continue;
    for (let p = first; p < end; p++) fill.set(p, 1);
    fill.set(end, Math.max(fill.get(end) ?? 0, found.bottoms.get(id) ?? 0));
  }
  // A chapter opening a page (at its top) leaves the page before to end where it ends.
  const opened = new Set(chapters.filter((id) => (found.tops.get(id) ?? 1) < OPENS).map((id) => found.pages.get(id)));
  return [...fill].filter(([p, f]) => p < found.count && f < HOLE && !opened.has(p + 1)).length;
}
