import type { Page } from 'puppeteer-core';
import { predictPages, type PageSize, type PredictedPages } from './predict-pages.js';
import { pullQuizPageBack } from './pull-quiz-page-back.js';
import { balanceQuizLastPage } from './balance-quiz-last-page.js';
import { pullQuizKeyBack } from './pull-quiz-key-back.js';

/** A question's item in the quiz (templates/quiz.hbs): its id is `quiz-` and the question's. */
const ITEM = 'li.quiz-question[id]';

/**
 * Lines added to each question so the page's writing space reaches its foot: the `room` left under
 * the page's last question, in whole lines, shared out evenly, the later questions taking the rest.
 */
export function extraLines(questions: number, room: number, line: number): number[] {
  const lines = Math.floor(room / line + 1e-6);
  if (questions === 0 || lines <= 0) return Array.from({ length: questions }, () => 0);
  const each = Math.floor(lines / questions);
  const rest = lines - each * questions;
  return Array.from({ length: questions }, (_, i) => each + (i >= questions - rest ? 1 : 0));
}

/**
 * Per question id, the lines to add: the room under each page's last question, in whole lines of
 * `linePx`, shared among that page's questions except those in `fixed` (a one-word answer keeps
 * its one line); a page of only those gets none.
 */
export function planExtraLines(
  found: Pick<PredictedPages, 'pages' | 'bottoms' | 'areaHeight'>,
  ids: readonly string[],
  linePx: number,
  fixed: ReadonlySet<string> = new Set(),
): Map<string, number> {
  const byPage = new Map<number, string[]>();
  for (const id of ids) {
    const page = found.pages.get(id);
    if (page !== undefined) byPage.set(page, [...(byPage.get(page) ?? []), id]);
  }
  const plan = new Map<string, number>();
  for (const onPage of byPage.values()) {
    const foot = Math.max(...onPage.map((id) => found.bottoms.get(id) ?? 1));
    // A question longer than its page (it splits) leaves nothing to fill.
    const room = foot <= 1 ? (1 - foot) * found.areaHeight : 0;
    const growing = onPage.filter((id) => !fixed.has(id));
    extraLines(growing.length, room, linePx).forEach((n, i) => n > 0 && plan.set(growing[i], n));
  }
  return plan;
}

/**
 * How uneven the writing lines would be among `ids`: the most any question has over another, a
 * question's lines being its own (`base`, given for its answer) and the `plan`ned extra ones; the
 * `fixed` ones (a one-word answer keeps its one line) left out.
 */
export function lineSpread(
  ids: readonly string[],
  base: ReadonlyMap<string, number>,
  plan: ReadonlyMap<string, number>,
  fixed: ReadonlySet<string> = new Set(),
): number {
  const lines = ids.filter((id) => !fixed.has(id)).map((id) => (base.get(id) ?? 0) + (plan.get(id) ?? 0));
  return lines.length ? Math.max(...lines) - Math.min(...lines) : 0;
}

/**
 * Gives each page of quiz questions writing space down to its foot: a question is never split from
 * its lines, so a page used to end where the next question did not fit, the last one before the
 * answer key often half blank. The room left under each page's last question goes, in whole ruled
 * lines, to that page's questions. The key keeps a page of its own, to be held back or torn off.
 * Checked by laying the quiz out again: should any question have moved page, the lines are taken back.
 * First, a few questions left alone on the last page are pulled back to the page before (pullQuizPageBack),
 * or else given some of its questions while that makes the lines more even (balanceQuizLastPage);
 * last, a few entries of the key left alone on its last page likewise (pullQuizKeyBack).
 */
export async function fillQuizPages(page: Page, size: PageSize): Promise<void> {
  await fillQuestionPages(page, size);
  await pullQuizKeyBack(page, size);
}

/** The questions' pages filled to their foot with writing lines (fillQuizPages). */
async function fillQuestionPages(page: Page, size: PageSize): Promise<void> {
  const ids = await page.$$eval(ITEM, (items) => items.map((li) => li.id));
  const fixed = new Set(await page.$$eval(`${ITEM}.one-line`, (items) => items.map((li) => li.id)));
  const linePx = await page.$eval('.quiz-line', (el) => el.getBoundingClientRect().height).catch(() => 0);
  if (!ids.length || !(linePx > 0)) return;
  const measured = await predictPages(page, size, ids);
  if ('unmodelled' in measured) return;
  // A few questions alone on the last page go back to the page before first, when a line or two of its questions make room.
  const pulled = await pullQuizPageBack(page, size, ids, fixed, linePx, measured);
  // Else a last page whose questions get far more lines than the page before's takes some of its questions.
  const base = new Map(await page.$$eval(ITEM, (items) => items.map((li) => [li.id, li.querySelectorAll('.quiz-line').length] as const)));
  const spread = (layout: PredictedPages, among: readonly string[]) => lineSpread(among, base, planExtraLines(layout, ids, linePx, fixed), fixed);
  const before = pulled === measured ? await balanceQuizLastPage(page, size, ids, fixed, measured, spread) : pulled;
  const plan = planExtraLines(before, ids, linePx, fixed);
  if (!plan.size) return;
  await page.evaluate(
    (entries: [string, number][]) => {
      for (const [id, n] of entries) {
        const lines = document.getElementById(id)?.querySelector('.quiz-lines');
        for (let i = 0; i < n; i++) lines?.append(Object.assign(document.createElement('span'), { className: 'quiz-line quiz-line-added' }));
      }
    },
    [...plan],
  );
  const after = await predictPages(page, size, ids);
  const moved = 'unmodelled' in after || after.count !== before.count || ids.some((id) => after.pages.get(id) !== before.pages.get(id));
  if (moved) await page.evaluate(() => document.querySelectorAll('.quiz-line-added').forEach((el) => el.remove()));
}
