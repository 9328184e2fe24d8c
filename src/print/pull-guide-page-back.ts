import type { Page } from 'puppeteer-core';
import { setStyleRules } from './style-rules.js';
import { predictPages, type PageSize, type PredictedPages } from './predict-pages.js';
import { carryRemnantOn } from './carry-remnant-on.js';
import { cssId } from './css-id.js';

/** A last page less full than this, holding only the end of the chapter before it, is worth pulling back. */
const THIN_LAST_PAGE = 1 / 3;

/** Whether a guide laid out so ends on a thin page (a short guide of two pages is left as it is). */
export const endsThin = (found: PredictedPages | { unmodelled: string }): boolean =>
  !('unmodelled' in found) && found.count >= 3 && found.lastFill < THIN_LAST_PAGE;

/**
 * The space under each question of the page before, tried in turn (the stylesheet gives 1.2em),
 * then the same with the lead-ins of those questions and of the last page's drawn to what they
 * announce (a paragraph's 1em under "Example:" over its code): the least cut that pulls the last
 * page back is kept; a cut beyond these would show. The Go bank's last question, a quarter of
 * its A4 page, was 12 px too tall for the page before at 0.6em; its two lead-ins gave 22.
 */
const TIGHTER: { gap: string; leadIns?: boolean }[] = [{ gap: '0.9em' }, { gap: '0.6em' }, { gap: '0.6em', leadIns: true }];

/** How close a lead-in stands to what it announces when the page is drawn together. */
const LEAD_IN_GAP = '0.25em';

/**
 * The rules of one step: each question of the page before spaced by `gap` from the next, and its
 * last block's own bottom margin taken out, or it would stand in for the question's (margins
 * collapse: a paragraph's 1em masked a 0.6em gap, and the cut gained 3 px where it meant 9).
 */
export function tighterRules(before: string[], onLast: string[], step: { gap: string; leadIns?: boolean }): string[] {
  const gaps = before.map((id) => {
    const question = `#${cssId(id)}.question`;
    const lastBlocks = [1, 2, 3, 4, 5, 6].map((depth) => question + ' > :last-child'.repeat(depth)).join(', ');
    return `${question} { margin-bottom: ${step.gap}; }\n${lastBlocks} { margin-bottom: 0; }`;
  });
  const leadIns = step.leadIns
    ? [...before, ...onLast].map((id) => {
        const lead = `#${cssId(id)}.question p.lead-in`;
        // What it announces loses its top margin, and so do its first blocks, whose margins collapse through it (a quote's paragraph).
        const announced = [1, 2, 3].map((depth) => `${lead} + *` + ' > :first-child'.repeat(depth - 1)).join(', ');
        return `${lead} { margin-bottom: ${LEAD_IN_GAP}; }\n${announced} { margin-top: 0; }`;
      })
    : [];
  return [...gaps, ...leadIns];
}

/** Where the rules live in the loaded page (kept apart from the section plan's and the splits'). */
const STYLE = 'style[data-sg-pull]';

/**
 * The guide's last page, when it holds a short end of the last chapter (one short question, 15 %
 * full, under a page with a quarter left blank): the questions of the page before stand a little
 * closer, so that end goes back up to it. Laid out again to check; undone unless the guide then
 * has a page fewer. A last page that opens a chapter is the section plan's, not this. Runs in the
 * loaded page once the body is laid out; returns the CSS kept (already applied), for the plan of
 * a later load.
 */
export async function pullGuidePageBack(page: Page, size: PageSize): Promise<string> {
  const ids: string[] = await page.evaluate(() =>
    Array.from(document.querySelectorAll('article.question[id], body > section.section[id], body > section.outro[id]'), (el) => el.id),
  );
  if (!ids.length) return '';
  const found = await predictPages(page, size, ids);
  if ('unmodelled' in found || !endsThin(found)) return '';
  const last = found.count;
  // A chapter (a section) starting on the last page: the plan sent it there, or it runs on.
  const chapters: string[] = await page.evaluate(() =>
    Array.from(document.querySelectorAll('body > section.section[id], body > section.outro[id]'), (el) => el.id),
  );
  if (chapters.some((id) => found.pages.get(id) === last)) return openClosingPage(page, size, ids, found, chapters);
  // The questions the page before holds, whole or in part: their gaps give the room.
  const before = ids.filter((id) => !chapters.includes(id) && found.pages.get(id)! <= last - 1 && found.endPages.get(id)! >= last - 1);
  if (!before.length) return '';
  const onLast = ids.filter((id) => !chapters.includes(id) && found.pages.get(id) === last);
  const rest = await restOfSharedChapter(page, onLast);
  for (const step of TIGHTER) {
    const css = [...tighterRules(before, onLast, step), ...(rest ? [rest] : [])].join('\n');
    await page.evaluate(setStyleRules, STYLE, css);
    const again = await predictPages(page, size, ids, STYLE);
    if (!('unmodelled' in again) && again.count < found.count) return css;
  }
  // None paid: their rules go before the next tries, which read the chapters' own page names (the
  // rest's rule, left on, named the last chapter after the first's page, and headed its page so).
  await page.evaluate(setStyleRules, STYLE, '');
  const opened = await openLastChapter(page, size, ids, found, chapters);
  if (opened) return opened;
  const moved = await sendLastQuestionOn(page, size, ids, found, chapters);
  if (moved) return moved;
  const questions = ids.filter((id) => !chapters.includes(id));
  const carried = questions.length ? await carryRemnantOn(page, size, ids, found, questions[questions.length - 1], STYLE) : '';
  if (carried) return carried;
  await page.evaluate(setStyleRules, STYLE, '');
  return '';
}

/**
 * The rule that lets the rest of a chapter go back up to the page it began on, when that rest opens
 * the last page: the plan names what of a chapter fits under the chapter before after that one's
 * page, and the change to the chapter's own name before the rest is a forced break, which no
 * tighter gap can move (forty one-line questions: the last alone on page 6, 5 % full). The whole
 * chapter takes the shared page's name; kept only when the last page then goes, so no page it
 * names is headed wrongly. '' when the last page opens no such rest. Weighed as openLastChapter's.
 */
async function restOfSharedChapter(page: Page, onLast: string[]): Promise<string> {
  const found = await page.evaluate((id: string | undefined) => {
    const chapter = id ? document.getElementById(id)?.closest<HTMLElement>('body > section.section[id]') : null;
    const first = chapter?.firstElementChild;
    if (!chapter || !first) return null;
    const shared = getComputedStyle(first).page;
    const own = getComputedStyle(document.getElementById(id!)!).page;
    return shared && shared !== 'auto' && shared !== own ? { id: chapter.id, shared } : null;
  }, onLast[0]);
  if (!found) return '';
  const chapter = `body > #${cssId(found.id)}${'.section'.repeat(6)}`;
  return `${chapter} { page: ${found.shared}; }\n${chapter} * { page: auto; }`;
}

/** The last chapter run on this far down the page before opens the last page instead: that page stays more than half full. */
const LOW_START = 0.5;

/**
 * A long last question whose tail alone would make the last page (an A5 booklet's closing two
 * lines, 5 % of its back page, under a page 95 % full) may open that page from this far down the
 * page before: 45 % and 60 % read as two pages of one text, 95 % and 5 % as a page and a remnant.
 */
const LONG_LOW_START = 0.4;
/** A last page filled less than this holds a remnant: a few lines. */
const REMNANT = 0.12;

/**
 * When the end cannot go back up: the last chapter, which the plan ran on low on the page before,
 * opens the last page instead, if the guide keeps its page count: the page before stays half full
 * at least, the last one holds the whole chapter, not its tail. A booklet's centre spread had a
 * page 72 % full facing one short question (10 %), now 62 % and 32 %; a guide's last page held
 * its last question alone (25 %), now both of its chapter's. The chapter takes its own page name back (the
 * plan named what of it fitted under the chapter before after that one's page), so the page is
 * headed by it. Returns the rules kept, applied; '' when none pays (undone).
 */
async function openLastChapter(page: Page, size: PageSize, ids: string[], found: PredictedPages, chapters: string[]): Promise<string> {
  const last = chapters[chapters.length - 1];
  if (!last || found.pages.get(last) !== found.count - 1 || (found.tops.get(last) ?? 0) < LOW_START) return '';
  // Its own page name; a closing chapter (the outro) stays where the plan put it.
  const name = await ownPageName(page, last);
  if (!name) return '';
  // A part's first section stays under the part's title: opening the last page, it left that title
  // and introduction at the foot of the page before (a combined guide's second part).
  const opensPart = await page.evaluate((id: string) => {
    const before = document.getElementById(id)?.previousElementSibling;
    return !!before?.matches('section.part') && !before.querySelector('.question');
  }, last);
  if (opensPart) return '';
  // Weighed to outrank the plan's rules on the chapter and its children (an id and up to three
  // classes deep), not made !important: the prediction's column marks must still override them.
  const chapter = `body > #${cssId(last)}${'.section'.repeat(4)}`;
  const css = `${chapter} { break-before: page; page: ${name}; }\n${chapter} * { page: auto; }`;
  await page.evaluate(setStyleRules, STYLE, css);
  const again = await predictPages(page, size, ids, STYLE);
  if (!('unmodelled' in again) && again.count === found.count && again.lastFill > found.lastFill) return css;
  return '';
}

/**
 * When neither pays: the last question, whose tail alone would make the last page (three lines of
 * its answer under a full page, or its answer parted from its "In short" box), starts the last page
 * whole instead, the page count kept. Only a short question (the stylesheet keeps it whole; it was
 * let split to fill a hole above), one that starts low enough for the page before to stay half
 * full, and not its chapter's first (its heading would be left at the foot). The A4 maths
 * guide's last page held 3 lines (10 %), now its last question (31 %), the page before 76 %. A long
 * question with no table goes too when its tail is a remnant (REMNANT) and it starts from
 * LONG_LOW_START: an A5 booklet's back page held two lines (5 %), now the whole last question (50 %),
 * the page before 48 %.
 * Returns the rules kept, applied; '' when none pays (undone).
 */
async function sendLastQuestionOn(page: Page, size: PageSize, ids: string[], found: PredictedPages, chapters: string[]): Promise<string> {
  const questions = ids.filter((id) => !chapters.includes(id));
  const last = questions[questions.length - 1];
  if (!last || found.pages.get(last) !== found.count - 1 || found.endPages.get(last) !== found.count) return '';
  const top = found.tops.get(last) ?? 0;
  if (top < LONG_LOW_START) return '';
  // A long question is sent on only over a remnant (a few lines); a table split between its rows, header repeated, reads well.
  const long = found.lastFill < REMNANT;
  const chapter: string = await page.evaluate(
    (id: string, low: boolean, long: boolean) => {
      const question = document.getElementById(id);
      // A short one (kept whole unless a hole above called for a split), from LOW_START; a long one
      // with no table, over a remnant, from LONG_LOW_START (checked below to fit the last page whole, the count kept).
      if (!question?.previousElementSibling?.matches('article.question')) return '';
      const short = question.matches('.question-short');
      if (short ? low : !long || !!question.querySelector('table')) return '';
      return question.closest('body > section.section')?.id ?? '';
    },
    last,
    top < LOW_START,
    long,
  );
  const name = chapter && (await ownPageName(page, chapter));
  if (!name) return '';
  // Its chapter's own page name, so the page is headed by it: the plan named the part of it that
  // fitted on the page before after that page's chapter. Two ids outrank the plan's rules (one id
  // and its nth-child steps), not !important: the prediction's column marks must still override them.
  const question = `#${cssId(chapter)} #${cssId(last)}.question`;
  const css = `${question} { break-before: page; page: ${name}; }\n${question} * { page: auto; }`;
  await page.evaluate(setStyleRules, STYLE, css);
  const again = await predictPages(page, size, ids, STYLE);
  if (!('unmodelled' in again) && again.count === found.count && again.lastFill > found.lastFill) return css;
  return '';
}

/**
 * When the last page holds closing notes alone (the outro, sections of no questions), too tall for
 * the page before: the chapter before them, which the plan ran on low on that page, opens the last
 * page and they run on under it, if the guide keeps its page count. The A4 Vietnamese soft-skills
 * bank's last page held one link under its closing title (8 % full) under a page 98 % full, its
 * quick-reference table at that page's foot; now the table and the link share the last page, the
 * page before left more than half full. Returns the rules kept, applied; '' when none pays (undone).
 */
async function openClosingPage(page: Page, size: PageSize, ids: string[], found: PredictedPages, chapters: string[]): Promise<string> {
  const at = chapters.findIndex((id) => found.pages.get(id) === found.count);
  const closing = chapters.slice(at);
  if (at < 1 || closing.some((id) => found.pages.get(id) !== found.count)) return '';
  const notesOnly = await page.evaluate((list: string[]) => list.every((id) => !document.getElementById(id)?.querySelector('.question')), closing);
  const before = chapters[at - 1];
  if (!notesOnly || found.pages.get(before) !== found.count - 1 || (found.tops.get(before) ?? 0) < LOW_START) return '';
  const name = await ownPageName(page, before, true);
  if (!name) return '';
  // Weighed as openLastChapter's: a chapter's id and four classes (the outro's own), outranking the plan's rules.
  const chapter = (id: string) => `body > #${cssId(id)}${':is(.section, .outro)'.repeat(4)}`;
  const css = [
    `${chapter(before)} { break-before: page; page: ${name}; }\n${chapter(before)} * { page: auto; }`,
    ...closing.map((id) => `${chapter(id)} { break-before: auto; page: ${name}; }\n${chapter(id)} * { page: auto; }`),
  ].join('\n');
  await page.evaluate(setStyleRules, STYLE, css);
  const again = await predictPages(page, size, ids, STYLE);
  if (!('unmodelled' in again) && again.count === found.count && again.lastFill > found.lastFill) return css;
  await page.evaluate(setStyleRules, STYLE, '');
  return '';
}

/**
 * A chapter's own page name, as the guide's stylesheet gives it, read without the plan's rules; '' for none (or not a
 * chapter of questions, unless `notes`: a section of no questions then has its own too).
 */
function ownPageName(page: Page, id: string, notes = false): Promise<string> {
  return page.evaluate(
    (id: string, notes: boolean) => {
      const chapter = document.getElementById(id);
      if (!chapter?.matches('body > section.section') || (!notes && !chapter.querySelector('.question'))) return '';
      const plan = Array.from(document.querySelectorAll<HTMLStyleElement>('style[data-sg-plan]'));
      for (const style of plan) style.disabled = true;
      const own = getComputedStyle(chapter).page;
      for (const style of plan) style.disabled = false;
      return own && own !== 'auto' ? own : '';
    },
    id,
    notes,
  );
}
