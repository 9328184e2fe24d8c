import type { Page } from 'puppeteer-core';
import { predictPages, type PageSize, type PredictedPages } from './predict-pages.js';

/**
 * The quiz's last page of questions balanced against the page before (the Kubernetes quiz's last
 * page held two long questions alone, fourteen writing lines each, under a page of four with six
 * each; on Letter, a quiz of five held two with thirteen under three with seven): the page before
 * sends on its last questions, one more at a time while that evens the writing lines
 * (fill-quiz-pages.ts) of the two pages' questions by two lines or more, as `spread` measures them
 * in a layout (one line is only the rounding of a page's share). Checked by laying out again:
 * kept only when no page is added and each question sent on opens or joins the last page.
 * Returns the layout to plan the filling from.
 */
export async function balanceQuizLastPage(
  page: Page,
  size: PageSize,
  ids: readonly string[],
  fixed: ReadonlySet<string>,
  found: PredictedPages,
  spread: (layout: PredictedPages, among: readonly string[]) => number,
): Promise<PredictedPages> {
  const pageOf = (id: string) => found.pages.get(id) ?? 0;
  const last = Math.max(...ids.map(pageOf));
  const before = ids.filter((id) => pageOf(id) === last - 1 && !fixed.has(id));
  if (last < 2) return found;
  const among = ids.filter((id) => pageOf(id) >= last - 1);
  // A last page of one-word answers only takes no lines (fill-quiz-pages.ts): nothing on it to even,
  // it stays as short as its questions are (the systems drill's A4 page 3: five one-line questions,
  // 42 % full, under a full page of four). One question sent on takes the room in lines.
  const lastGrows = ids.some((id) => pageOf(id) === last && !fixed.has(id));
  let best = { layout: found, score: spread(found, among), first: '' };
  // The page before keeps at least one of its questions; each try sends the send-th growing one from its end, with any fixed ones after it.
  for (let send = 1; send < before.length; send++) {
    const first = before[before.length - send];
    await page.evaluate(breakBefore, first, true);
    const after = await predictPages(page, size, ids);
    await page.evaluate(breakBefore, first, false);
    const sent = ids.slice(ids.indexOf(first)).filter((id) => pageOf(id) === last - 1);
    const kept =
      !('unmodelled' in after) &&
      after.count === found.count &&
      sent.every((id) => after.pages.get(id) === last) &&
      ids.every((id) => pageOf(id) >= last - 1 || after.pages.get(id) === pageOf(id));
    if (!kept) break;
    const score = spread(after, among);
    if (!lastGrows) {
      best = { layout: after, score, first };
      break;
    }
    if (score > best.score - 2) break;
    best = { layout: after, score, first };
  }
  if (best.first) await page.evaluate(breakBefore, best.first, true);
  return best.layout;
}

/** Runs in the page: a page break before the question `id`, or none. */
function breakBefore(id: string, on: boolean): void {
  const el = document.getElementById(id);
  if (el) el.style.breakBefore = on ? 'page' : '';
}
