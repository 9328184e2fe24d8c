import type { Page } from 'puppeteer-core';
import { predictPages, type PageSize, type PredictedPages } from './predict-pages.js';

/**
 * The quiz's last page of questions balanced against the page before, when it holds at least two
 * questions fewer (the Kubernetes quiz's last page held two long questions alone, fourteen writing
 * lines each, under a page of four with six each): the page before sends on the last of its
 * questions, half the difference, so that the writing lines (fill-quiz-pages.ts) are shared about
 * evenly. Checked by laying out again: kept only when no page is added and each question sent on
 * opens or joins the last page. Returns the layout to plan the filling from.
 */
export async function balanceQuizLastPage(
  page: Page,
  size: PageSize,
  ids: readonly string[],
  fixed: ReadonlySet<string>,
  found: PredictedPages,
): Promise<PredictedPages> {
  const pageOf = (id: string) => found.pages.get(id) ?? 0;
  const last = Math.max(...ids.map(pageOf));
  const growing = (n: number) => ids.filter((id) => pageOf(id) === n && !fixed.has(id));
  const [before, onLast] = [growing(last - 1), growing(last)];
  const send = Math.floor((before.length - onLast.length) / 2);
  if (last < 2 || send < 1) return found;
  // The first question sent on: the send-th growing one from the end of the page before, with any fixed ones after it.
  const first = before[before.length - send];
  await page.evaluate(breakBefore, first, true);
  const after = await predictPages(page, size, ids);
  const sent = ids.slice(ids.indexOf(first)).filter((id) => pageOf(id) === last - 1);
  const kept =
    !('unmodelled' in after) &&
    after.count === found.count &&
    sent.every((id) => after.pages.get(id) === last) &&
    ids.every((id) => pageOf(id) >= last - 1 || after.pages.get(id) === pageOf(id));
  if (kept) return after;
  await page.evaluate(breakBefore, first, false);
  return found;
}

/** Runs in the page: a page break before the question `id`, or none. */
function breakBefore(id: string, on: boolean): void {
  const el = document.getElementById(id);
  if (el) el.style.breakBefore = on ? 'page' : '';
}
