import type { Page } from 'puppeteer-core';
import { setStyleRules } from './style-rules.js';
import { predictPages, type PageSize, type PredictedPages } from './predict-pages.js';
import { bookletPageTotal } from './impose-booklet.js';
import { cssId } from './css-id.js';
import type { SectionPlan } from './plan-section-breaks.js';

/** A chapter starting this far down its page, or less, opens it. */
export const OPENS = 0.02;

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
 * Plans the guide's chapters again in the loaded page (a trial plan: nothing cut), those of `runOn`
 * going on under the page before however full it is, and applies that plan; `[]` puts back the plan
 * the page had. Returns the plan applied.
 */
export type ReplanSheet = (runOn: readonly string[]) => Promise<SectionPlan>;

/** What pulling a booklet's last sheet back kept: its rules (applied), and the section plan made again when it took one. */
export interface SheetPulled {
  css: string;
  plan?: SectionPlan;
}

/**
 * The chapters of `opening` to run on under the page before, the fewest, with the gentlest of
 * `tries` (gentlest first) that `saves` the page with them: tried only when the tightest try saves
 * it with every one run on (most bodies that get here are not saved even so: one trial, not ten);
 * then those that need not run on are put back one by one. Undefined when none saves it.
 */
export async function fewestRunOn<T>(
  opening: readonly string[],
  tries: readonly T[],
  saves: (tried: T, runOn: readonly string[]) => Promise<boolean>,
): Promise<{ tried: T; runOn: readonly string[] } | undefined> {
  if (!opening.length || !tries.length || !(await saves(tries[tries.length - 1], opening))) return undefined;
  for (const tried of tries) {
    if (!(await saves(tried, opening))) continue;
    // Only those that must: each put back in turn, left so when the page is still saved without it.
    let runOn = opening;
    for (const id of opening) {
      const fewer = runOn.filter((other) => other !== id);
      if (await saves(tried, fewer)) runOn = fewer;
    }
    return { tried, runOn };
  }
  return undefined;
}

/**
 * A booklet whose body runs a page or two past a multiple of four, into a sheet of its own that
 * prints three or four blank pages (the last being the back cover), however full its last page:
 * the questions of its last pages (PAGES_PER_SAVED for each page to save) stand a little closer, and then
 * set their lines a little closer, until the body fits the sheet before; the closing matter (the
 * outro, on a page of its own) may run on under the last chapter instead, or as well. When none of
 * those saves it, the chapters that open a page of their own (the plan runs a chapter on only under
 * a page at most NEW_PAGE_FILL full, the first under its contents only when their last page is
 * mostly blank) go on under the page before instead, with no step and each step in turn (`replan`):
 * each page of a shared page is still headed by the chapter it opens with. Those that need not run
 * on are then put back one by one. Laid out again to check; undone unless the sheet is saved.
 * Returns the CSS kept (applied), and the plan made again if one was kept, for a later load.
 */
export async function pullBookletSheetBack(
  page: Page,
  size: PageSize & { signature?: number },
  found: PredictedPages,
  replan?: ReplanSheet,
): Promise<SheetPulled> {
  const none = { css: '' };
  if (!size.signature || !(await page.evaluate(() => document.querySelector('.cover') !== null))) return none;
  const save = pagesToSaveSheet(found.count);
  if (save < 1 || save > 2 || found.count < 8) return none;
  const from = found.count - PAGES_PER_SAVED * save;
  const { questions, chapters } = await page.evaluate(() => ({
    questions: Array.from(document.querySelectorAll('article.question[id]'), (el) => el.id),
    chapters: Array.from(document.querySelectorAll('body > section.section[id]'), (el) => el.id),
  }));
  const where = await predictPages(page, size, [...questions, ...chapters]);
  if ('unmodelled' in where) return none;
  const tail = questions.filter((id) => (where.endPages.get(id) ?? 0) > from);
  if (!tail.length) return none;
  const closing = await closingRunOn(page);
  // The closing notes' listings too, at a step's leading (they take the text's): they end the body, and split line by line.
  const tighter = (step: TailStep) => [
    ...tighterTail(tail, step),
    ...(step.leading ? [`:is(.outro, .section-closing) pre { line-height: ${step.leading}; }`] : []),
  ];
  const saved = async (since?: string) => {
    const again = await predictPages(page, size, [], since);
    return !('unmodelled' in again) && bookletPageTotal(again.count) < bookletPageTotal(found.count);
  };
  // The closing matter run on under the last chapter alone first, then each step without it and with it.
  const tries = [...(closing ? [[closing]] : []), ...TAIL_STEPS.flatMap((step) => [tighter(step), ...(closing ? [[...tighter(step), closing]] : [])])];
  for (const rules of tries) {
    const css = rules.join('\n');
    await page.evaluate(setStyleRules, STYLE, css);
    if (await saved(STYLE)) return { css };
  }
  // The chapters that open a page of their own: after a page too full for the plan to run them on (a booklet of
  // chapters 80 % of a page each left a fifth of every page blank and took a sheet more for it).
  const opening = chapters.filter((id) => (where.tops.get(id) ?? 1) < OPENS);
  if (replan && opening.length) {
    const found = await fewestRunOn(opening, [[], ...tries], async (rules, runOn) => {
      await page.evaluate(setStyleRules, STYLE, rules.join('\n'));
      await replan(runOn);
      return saved();
    });
    if (found) {
      await page.evaluate(setStyleRules, STYLE, found.tried.join('\n'));
      return { css: found.tried.join('\n'), plan: await replan(found.runOn) };
    }
    await replan([]);
  }
  await page.evaluate(setStyleRules, STYLE, '');
  return none;
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
