import type { Page } from 'puppeteer-core';
import { applyPlan, replacePlan, withdrawPlan, type SectionPlan, type TextBlock } from './plan-section-breaks.js';
import { dropColumns, predictPages, type PageSize, type PredictedPages } from './predict-pages.js';
import { OPENS, TAIL_STEPS, fewestRunOn, tighterTail, type TailStep } from './pull-booklet-sheet-back.js';
import { cssId } from './css-id.js';
import { setStyleRules } from './style-rules.js';
import { tighterRules } from './pull-guide-page-back.js';
import { keepWithQuestionBefore, openingQuestion } from './keep-with-question-before.js';

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
 * page. The closing notes (the outro) are among those chapters: an interviewer's guide's command
 * reference, 1.2 pages of listings on pages of their own under a page 93 % full, ended the guide on
 * a page 27 % full; run on, its listings split between lines (guide.css), it ends on a full page.
 * In a combined guide only the last part's questions and chapters take part (tightenPartEnds does
 * the same for each part's end).
 * Tried with nothing cut, so taking it back leaves the page as it was; kept only when the guide has
 * a page fewer. When none saves the page, the last question opening it keeps with the end of the
 * one before, as a part's end does (keepWithBefore): a combined Letter guide ended on its last
 * question alone, 27 % full, under a page ending on a diagram; the diagram now goes over with it.
 * Returns the rules and the plan kept (applied), or undefined (the page as it was).
 */
export async function tightenGuideTail(
  page: Page,
  block: TextBlock,
  size: PageSize,
  plan: SectionPlan,
  found: PredictedPages,
): Promise<{ css: string; plan: SectionPlan; runOn: readonly string[] } | undefined> {
  const { ids, chapters, parts } = await scopeOf(page);
  const where = await predictPages(page, size, [...ids, ...chapters]);
  if ('unmodelled' in where || where.count !== found.count) return undefined;
  // In a combined guide, the last part's own: nothing runs on under another part.
  const last = parts.length ? parts[parts.length - 1] : { ids, chapters };
  const drawn = await drawTogether(page, block, size, plan, where, { end: where.count, ...last }, { css: '', runOn: [] });
  if (drawn) return { ...kept(plan, drawn.css, drawn.plan), runOn: drawn.runOn };
  // No page saved: the last question takes the end of the one before along (keep-with-question-before.ts), the page count kept.
  const held = await keepWithBefore(page, block, size, plan, { css: '', runOn: [] }, [...ids, ...chapters], where, where.count, [
    ...last.ids,
    ...last.chapters,
  ]);
  if (held) return { ...kept(plan, held.css, held.plan), runOn: held.runOn };
  await putBack(page, plan);
  return undefined;
}

/**
 * The thin page ending each part of a combined guide but the last (a part opens a page, so the page
 * before it can be a few lines at the part's end: Part 1 of three decks ended on a page 26 % full),
 * drawn together as the guide's last page is (tightenGuideTail), within its part: that part's last
 * questions stand closer, its chapters that open a page may run on, never the part itself nor
 * anything of the next part. Each kept only when the guide has a page fewer; what an earlier part
 * kept stays (`before`, its rules and its run-on chapters). Returns what is kept (applied), or
 * undefined (the page as it was).
 */
export async function tightenPartEnds(
  page: Page,
  block: TextBlock,
  size: PageSize,
  plan: SectionPlan,
  before: { css: string; runOn: readonly string[] } = { css: '', runOn: [] },
): Promise<{ css: string; plan: SectionPlan } | undefined> {
  const { ids, chapters, parts } = await scopeOf(page);
  if (parts.length < 2) return undefined;
  let where = await predictPages(page, size, [...ids, ...chapters]);
  if ('unmodelled' in where) return undefined;
  let done: { css: string; plan: SectionPlan; runOn: readonly string[] } | undefined;
  let base = before;
  // From the last part's end back to the first's: a page saved moves none of the pages before it.
  for (let i = parts.length - 2; i >= 0; i--) {
    const now = where;
    const end = (now.pages.get(parts[i + 1].opener) ?? 0) - 1;
    // How full the part's last page is: the foot of what of it ends there.
    const feet = [...parts[i].ids, ...parts[i].chapters].filter((id) => now.endPages.get(id) === end).map((id) => now.bottoms.get(id) ?? 1);
    if (end < 2 || !feet.length || Math.max(...feet) >= THIN_PART_END) continue;
    let drawn = await drawTogether(page, block, size, plan, now, { end, ...parts[i] }, base);
    // None saves it: the part's last question takes the end of the one before along, on the pages as they were
    // (keep-with-question-before.ts); failing that too, the next part's end is judged on those pages.
    if (!drawn) drawn = await keepWithBefore(page, block, size, plan, base, [...ids, ...chapters], now, end, [...parts[i].ids, ...parts[i].chapters]);
    if (!drawn) continue;
    done = drawn;
    base = { css: drawn.css, runOn: drawn.runOn };
    const again = await predictPages(page, size, [...ids, ...chapters]);
    if ('unmodelled' in again) break;
    where = again;
  }
  if (!done) {
    await putBack(page, plan, before.css);
    return undefined;
  }
  // The page as the last saving kept it (a later part's trials may have followed it).
  await page.evaluate(setStyleRules, STYLE, done.css);
  await dropColumns(page);
  return kept(plan, done.css, await replacePlan(page, block, plan.frontRunOn, false, done.runOn));
}

/** A part's end this full or more is left as it is (a third: a page under it reads as nearly blank). */
const THIN_PART_END = 1 / 3;

/**
 * The pages as they were before a part end's trials (`base` kept), then its last question kept with
 * the end of the one before (keep-with-question-before.ts), the part's end page `end` read by the
 * feet of `own` (the part's questions and chapters); tried only when a question opens that page, thin,
 * on the pages as they were measured before those trials (`was`). Returns what is kept, as drawTogether does, or
 * undefined (the page left as it was, `base` applied).
 */
async function keepWithBefore(
  page: Page,
  block: TextBlock,
  size: PageSize,
  plan: SectionPlan,
  base: { css: string; runOn: readonly string[] },
  all: readonly string[],
  was: PredictedPages,
  end: number,
  own: readonly string[],
): Promise<{ css: string; plan: SectionPlan; runOn: readonly string[] } | undefined> {
  const fill = (where: PredictedPages) => Math.max(0, ...own.filter((id) => where.endPages.get(id) === end).map((id) => where.bottoms.get(id) ?? 1));
  // Nothing to keep on the pages as they were (`was`): no trial plan.
  if (!openingQuestion(all, was, end, fill)) return undefined;
  await page.evaluate(setStyleRules, STYLE, base.css);
  await dropColumns(page);
  const trial = await replacePlan(page, block, plan.frontRunOn, false, base.runOn);
  const found = await predictPages(page, size, all);
  if ('unmodelled' in found || found.pages.get(own[0]) === undefined) return undefined;
  let planned = trial;
  const replan = async () => {
    await dropColumns(page);
    planned = await replacePlan(page, block, plan.frontRunOn, false, base.runOn);
  };
  const rule = await keepWithQuestionBefore(page, size, all, found, end, fill, STYLE, base.css, replan);
  return rule ? { css: [base.css, rule].filter(Boolean).join('\n'), plan: planned, runOn: base.runOn } : undefined;
}

/** The questions and chapters of the guide, and of each part of a combined guide (the part's own section, its opener, not among its chapters). */
async function scopeOf(page: Page): Promise<{ ids: string[]; chapters: string[]; parts: { opener: string; ids: string[]; chapters: string[] }[] }> {
  return page.evaluate(() => {
    const ids = Array.from(document.querySelectorAll('article.question[id]'), (el) => el.id);
    const sections = Array.from(document.querySelectorAll('body > section.section[id], body > section.outro[id]'));
    const parts: { opener: string; ids: string[]; chapters: string[] }[] = [];
    for (const section of sections) {
      if (section.classList.contains('part')) parts.push({ opener: section.id, ids: [], chapters: [] });
      const part = parts[parts.length - 1];
      if (!part) continue;
      part.ids.push(...Array.from(section.querySelectorAll('article.question[id]'), (el) => el.id));
      if (section.id !== part.opener) part.chapters.push(section.id);
    }
    return { ids, chapters: sections.map((el) => el.id), parts };
  });
}

/** Kept: the plan as tried cut nothing; the cuts of the plan before stay in the page, as a later load makes them. */
function kept(plan: SectionPlan, css: string, trial: SectionPlan): { css: string; plan: SectionPlan } {
  const lines = plan.lines ?? [];
  const tables = plan.tables ?? [];
  return { css, plan: { ...trial, ...(tables.length ? { tables } : {}), ...(lines.length ? { lines } : {}) } };
}

/** The page as it was: the rules taken out (but `css`, kept before), the plan put back. */
async function putBack(page: Page, plan: SectionPlan, css = ''): Promise<void> {
  await page.evaluate(setStyleRules, STYLE, css);
  await dropColumns(page);
  await withdrawPlan(page);
  await applyPlan(page, plan);
}

/**
 * The page `scope.end` emptied, when it can be: the questions of `scope` ending on it or on the
 * TAIL_PAGES pages before drawn together by each step, then the chapters of `scope` that open a page
 * run on (fewestRunOn), then the same over WIDE_PAGES pages. `base` is kept under every trial. Returns
 * the rules and the plan of the first trial that gives the guide a page fewer (applied), or undefined
 * (the page left with a trial's rules: the caller puts it back).
 */
async function drawTogether(
  page: Page,
  block: TextBlock,
  size: PageSize,
  plan: SectionPlan,
  where: PredictedPages,
  scope: { end: number; ids: readonly string[]; chapters: readonly string[] },
  base: { css: string; runOn: readonly string[] },
): Promise<{ css: string; plan: SectionPlan; runOn: readonly string[] } | undefined> {
  const { end } = scope;
  const count = where.count;
  const ending = (from: number) => scope.ids.filter((id) => (where.endPages.get(id) ?? 0) >= from && (where.endPages.get(id) ?? 0) <= end);
  // The questions of the last pages, and those of the last WIDE_PAGES pages when those do not pay (each step on both).
  const nearIds = ending(end - TAIL_PAGES);
  const wideIds = ending(end - WIDE_PAGES);
  // The pull-back's gaps (a question's last block keeps no margin of its own under it, its lead-ins drawn in), then the booklet's leading.
  const stepsOver = (tail: string[]) =>
    TAIL_STEPS.map((step) =>
      [base.css, ...tighterRules(tail, [], { gap: step.gap, leadIns: true }), ...tighterTail(tail, step), ...tighterListings(tail, step)]
        .filter(Boolean)
        .join('\n'),
    );
  // The chapters planned again on the text so tightened, nothing cut, the first under the contents as before unless run on.
  const tryPlan = async (css: string, runOn: readonly string[]) => {
    await page.evaluate(setStyleRules, STYLE, css);
    await dropColumns(page);
    const all = [...base.runOn, ...runOn];
    const trial = await replacePlan(page, block, plan.frontRunOn, false, all);
    const again = await predictPages(page, size, []);
    return { trial, runOn: all, saved: !('unmodelled' in again) && again.count < count };
  };
  // The chapters that open a page (the first one too, when it does not run on under the contents; closing notes too).
  const opening = scope.chapters.filter((id) => (where.tops.get(id) ?? 1) < OPENS && (where.pages.get(id) ?? 1) > 1 && (where.pages.get(id) ?? 0) <= end + 1);
  const runOnWith = async (tries: readonly string[]) => {
    const found = await fewestRunOn(opening, tries, async (css, runOn) => (await tryPlan(css, runOn)).saved);
    if (!found) return undefined;
    const { trial, saved, runOn } = await tryPlan(found.tried, found.runOn);
    return saved ? { css: found.tried, plan: trial, runOn } : undefined;
  };
  const tight = async (tries: readonly string[]) => {
    for (const css of tries) {
      const { trial, saved, runOn } = await tryPlan(css, []);
      if (saved) return { css, plan: trial, runOn };
    }
    return undefined;
  };
  // A part's end: most are not saved even so, so the tightest of all (over the wide pages, then with every chapter that
  // opens a page run on) is tried first, and the rest only when one of those saves the page (the six banks combined
  // have five part ends, each tried over a guide of 300 questions).
  // When the tightest saves it as the plan stands, the gentlest step that does over those pages is kept, each trial a
  // plan of the whole guide: the near pages' steps are not tried first, as they are at the guide's end.
  if (scope.end < count) {
    const wide = stepsOver(wideIds);
    const tightest = wide[wide.length - 1];
    if (!(await tryPlan(tightest, [])).saved) return runOnWith(wide);
    // The gentler steps, then the tightest again (the trials since left the page as they planned it).
    return (await tight(wide.slice(0, -1))) ?? (await tight([tightest]));
  }
  // The last pages' questions drawn together; then chapters run on, with no step or those; then the same over more pages.
  // Only the last page's questions: the pull-back has tried those.
  const near = nearIds.some((id) => where.pages.get(id)! < end) ? stepsOver(nearIds) : [];
  const drawn = (await tight(near)) ?? (await runOnWith([base.css, ...near]));
  if (drawn) return drawn;
  if (wideIds.length > nearIds.length) {
    const wide = stepsOver(wideIds);
    return (await tight(wide)) ?? (await runOnWith(wide));
  }
  return undefined;
}
