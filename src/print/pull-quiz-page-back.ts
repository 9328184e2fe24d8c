import type { Page } from 'puppeteer-core';
import { predictPages, type PageSize, type PredictedPages } from './predict-pages.js';

/** Lines a question may give up to make room for the questions of the page after it. */
const MOST_CUT = 2;
/** Lines a question keeps at least. */
const FEWEST_LINES = 3;

/**
 * Lines to take from each of the page's questions (id → lines, their counts given) so that
 * `needed` lines' height is freed: one at a time, from the question with most lines left, none
 * below FEWEST_LINES nor more than MOST_CUT from one question. Undefined when they cannot give that much.
 */
export function planLineCuts(lines: ReadonlyMap<string, number>, needed: number): Map<string, number> | undefined {
  const cuts = new Map<string, number>();
  const left = (id: string) => (lines.get(id) ?? 0) - (cuts.get(id) ?? 0);
  for (let n = 0; n < needed; n++) {
    let best: string | undefined;
    for (const id of lines.keys()) if (left(id) > FEWEST_LINES && (cuts.get(id) ?? 0) < MOST_CUT && (!best || left(id) > left(best))) best = id;
    if (!best) return undefined;
    cuts.set(best, (cuts.get(best) ?? 0) + 1);
  }
  return cuts;
}

/**
 * The quiz's last page of questions, when they are few (a short question that did not fit under the
 * one before stood alone on a page, its one writing line at the head of a blank page): the
 * questions of the page before give up a line or two each, so those few go back up to it. Checked by
 * laying out again; undone unless the quiz then has a page fewer. Returns the layout to plan the
 * filling from.
 */
export async function pullQuizPageBack(
  page: Page,
  size: PageSize,
  ids: readonly string[],
  fixed: ReadonlySet<string>,
  linePx: number,
  found: PredictedPages,
): Promise<PredictedPages> {
  const pageOf = (id: string) => found.pages.get(id) ?? 0;
  const last = Math.max(...ids.map(pageOf));
  const onLast = ids.filter((id) => pageOf(id) === last);
  const before = ids.filter((id) => pageOf(id) === last - 1 && !fixed.has(id));
  if (last < 2 || !before.length || onLast.some((id) => found.endPages.get(id) !== last)) return found;
  // The height the last page's questions take, against the room left under the page before.
  const height = Math.max(...onLast.map((id) => found.bottoms.get(id) ?? 1)) * found.areaHeight;
  const foot = Math.max(...ids.filter((id) => pageOf(id) === last - 1).map((id) => found.bottoms.get(id) ?? 1));
  const room = (1 - foot) * found.areaHeight;
  const counts = new Map(
    await page.evaluate(
      (list: string[]) => list.map((id): [string, number] => [id, document.getElementById(id)?.querySelectorAll('.quiz-line').length ?? 0]),
      before,
    ),
  );
  for (let extra = 0; extra < 3; extra++) {
    const cuts = planLineCuts(counts, Math.ceil((height - room) / linePx) + extra);
    if (!cuts) return found;
    await page.evaluate(cutLines, [...cuts]);
    const after = await predictPages(page, size, ids);
    if (!('unmodelled' in after) && after.count < found.count && onLast.every((id) => after.pages.get(id) === last - 1)) return after;
    await page.evaluate(restoreLines, [...cuts]);
  }
  return found;
}

/** Runs in the page: the last `n` writing lines of each question taken away. */
function cutLines(cuts: [string, number][]): void {
  for (const [id, n] of cuts) for (let i = 0; i < n; i++) document.getElementById(id)?.querySelector('.quiz-lines')?.lastElementChild?.remove();
}

/** Runs in the page: the lines cutLines took, given back. */
function restoreLines(cuts: [string, number][]): void {
  for (const [id, n] of cuts) {
    const lines = document.getElementById(id)?.querySelector('.quiz-lines');
    for (let i = 0; i < n; i++) lines?.append(Object.assign(document.createElement('span'), { className: 'quiz-line' }));
  }
}
