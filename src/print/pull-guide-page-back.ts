import type { Page } from 'puppeteer-core';
import { setStyleRules } from './style-rules.js';
import { predictPages, type PageSize, type PredictedPages } from './predict-pages.js';

/** A last page less full than this, holding only the end of the chapter before it, is worth pulling back. */
const THIN_LAST_PAGE = 1 / 3;

/** Whether a guide laid out so ends on a thin page (a short guide of two pages is left as it is). */
export const endsThin = (found: PredictedPages | { unmodelled: string }): boolean =>
  !('unmodelled' in found) && found.count >= 3 && found.lastFill < THIN_LAST_PAGE;

/**
 * The space under each question of the page before, tried in turn (the stylesheet gives 1.2em):
 * the least cut that pulls the last page back is kept; a cut beyond these would show.
 */
const TIGHTER_GAPS = ['0.9em', '0.6em'];

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
  if (chapters.some((id) => found.pages.get(id) === last)) return '';
  // The questions the page before holds, whole or in part: their gaps give the room.
  const before = ids.filter((id) => !chapters.includes(id) && found.pages.get(id)! <= last - 1 && found.endPages.get(id)! >= last - 1);
  if (!before.length) return '';
  for (const gap of TIGHTER_GAPS) {
    const css = before.map((id) => `#${cssId(id)}.question { margin-bottom: ${gap}; }`).join('\n');
    await page.evaluate(setStyleRules, STYLE, css);
    const again = await predictPages(page, size, ids, STYLE);
    if (!('unmodelled' in again) && again.count < found.count) return css;
  }
  await page.evaluate(setStyleRules, STYLE, '');
  return '';
}

/** An id as a CSS selector writes it (ours are slugs; anything else escaped). */
const cssId = (id: string) => id.replace(/[^\w-]/g, (c) => `\\${c.codePointAt(0)!.toString(16)} `);
