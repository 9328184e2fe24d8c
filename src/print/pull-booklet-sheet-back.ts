import type { Page } from 'puppeteer-core';
import { setStyleRules } from './style-rules.js';
import { predictPages, type PageSize, type PredictedPages } from './predict-pages.js';
import { bookletPageTotal } from './impose-booklet.js';
import { cssId } from './css-id.js';

/** Pages of its end a booklet's body may be tightened over, per page to save: the last two sheets' worth (a question kept whole moves up only once a page has room for all of it). */
const PAGES_PER_SAVED = 8;

/** One step of tightening a body's end: the space under each question, and its lines' leading. */
export interface TailStep {
  gap: string;
  leading?: number;
}

/**
 * Each step a little tighter than the one before, over the last pages only: the space between
 * questions (1.2em in guide.css), then their lines' leading (1.38), never under 1.3. The least that
 * saves the sheet (or the guide's last page) is kept; tighter would show beside the pages before.
 */
export const TAIL_STEPS: readonly TailStep[] = [{ gap: '0.9em' }, { gap: '0.7em' }, { gap: '0.7em', leading: 1.34 }, { gap: '0.6em', leading: 1.3 }];

/** The rules that set the questions `ids` closer by `step`: their spacing, and their lines' leading when the step has one. */
export function tighterTail(ids: readonly string[], step: TailStep): string[] {
  return ids.map((id) => {
    const q = `#${cssId(id)}.question`;
    const leading = step.leading ? `\n${q}, ${q} :is(p, li, dd, dt, blockquote) { line-height: ${step.leading}; }` : '';
    return `${q} { margin-bottom: ${step.gap}; }${leading}`;
  });
}

/** Where the rules live in the loaded page (kept apart from the other steps'). */
const STYLE = 'style[data-sg-sheet]';

/** The pages a booklet's body of `count` pages would have to lose to take a sheet less: 1 or 2 are worth a try, more are not. */
export function pagesToSaveSheet(count: number): number {
  const padded = bookletPageTotal(count);
  // Its last page stays blank (the outside back cover): a sheet less holds padded - 5 pages.
  return count - (padded - 4 - 1);
}

/**
 * A booklet whose body runs a page or two past a multiple of four, into a sheet of its own that
 * prints three or four blank pages (the last being the back cover), however full its last page:
 * the questions of its last pages (PAGES_PER_SAVED for each page to save) stand a little closer, and then
 * set their lines a little closer, until the body fits the sheet before; the closing matter (the
 * outro, on a page of its own) may run on under the last chapter instead, or as well. Laid out again to check;
 * undone unless the sheet is saved. Returns the CSS kept (applied), for a later load.
 */
export async function pullBookletSheetBack(page: Page, size: PageSize & { signature?: number }, found: PredictedPages): Promise<string> {
  if (!size.signature || !(await page.evaluate(() => document.querySelector('.cover') !== null))) return '';
  const save = pagesToSaveSheet(found.count);
  if (save < 1 || save > 2 || found.count < 8) return '';
  const from = found.count - PAGES_PER_SAVED * save;
  const questions: string[] = await page.evaluate(() => Array.from(document.querySelectorAll('article.question[id]'), (el) => el.id));
  const where = await predictPages(page, size, questions);
  if ('unmodelled' in where) return '';
  const tail = questions.filter((id) => (where.endPages.get(id) ?? 0) > from);
  if (!tail.length) return '';
  const closing = await closingRunOn(page);
  const tighter = (step: TailStep) => tighterTail(tail, step);
  // The closing matter run on under the last chapter alone first, then each step without it and with it.
  const tries = [...(closing ? [[closing]] : []), ...TAIL_STEPS.flatMap((step) => [tighter(step), ...(closing ? [[...tighter(step), closing]] : [])])];
  for (const rules of tries) {
    const css = rules.join('\n');
    await page.evaluate(setStyleRules, STYLE, css);
    const again = await predictPages(page, size, [], STYLE);
    if (!('unmodelled' in again) && bookletPageTotal(again.count) < bookletPageTotal(found.count)) return css;
  }
  await page.evaluate(setStyleRules, STYLE, '');
  return '';
}

/**
 * The rules that let the closing matter (the outro, on a page of its own by guide.css) run on under
 * the last chapter, under that chapter's page name; '' when the guide has none.
 */
async function closingRunOn(page: Page): Promise<string> {
  const name = await page.evaluate(() => {
    const outro = document.querySelector('body > section.outro[id]');
    let before = outro?.previousElementSibling;
    while (before && !before.matches('section.section')) before = before.previousElementSibling;
    const own = before ? getComputedStyle(before).page : '';
    return outro ? own || 'auto' : '';
  });
  if (!name) return '';
  // Weighed as pull-guide-page-back.ts weighs a chapter's: its id and four classes, outranking the plan's rules.
  const outro = `body > #outro${'.outro'.repeat(4)}`;
  return `${outro} { break-before: auto; page: ${name}; }\n${outro} * { page: auto; }`;
}
