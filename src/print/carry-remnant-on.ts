import type { Page } from 'puppeteer-core';
import { setStyleRules } from './style-rules.js';
import { predictPages, type PageSize, type PredictedPages } from './predict-pages.js';

/** Of a page, at most this much may go over with a remnant: the page before stays half full. */
const MOST_CARRIED = 0.5;

/**
 * When the guide's last page holds a remnant of its last question that could neither go back up
 * nor take the whole question with it (pull-guide-page-back.ts): the block that opens that page is
 * kept with what comes before it (break-before: avoid), so the page breaks at the break before,
 * and the remnant goes over with the end of the block before. A long listing's closing sentence
 * alone made an A4 guide's last page (2 % full, under a page 98 % full); it now goes with the
 * listing's last function. Blocks of the answer and lines of its listings are weighed, the first
 * on the last page taken. Kept when the page count stays, the last page gains, and no more than
 * MOST_CARRIED of a page moves. Returns the rule kept, applied in the style element `style`; ''
 * when none pays (undone).
 */
export async function carryRemnantOn(page: Page, size: PageSize, ids: string[], found: PredictedPages, last: string, style: string): Promise<string> {
  if (found.pages.get(last) !== found.count - 1 || found.endPages.get(last) !== found.count) return '';
  const blocks: string[] = await page.evaluate((id: string) => {
    const answer = document.getElementById(id)?.querySelector(':scope > .answer > .full-answer');
    if (!answer) return [];
    const named: string[] = [];
    for (const el of Array.from(answer.querySelectorAll(':scope > *, :scope > pre > code > .code-line'))) {
      if (!el.id) {
        el.id = `sg-remnant-${named.length}`;
        el.setAttribute('data-sg-remnant', '');
      }
      named.push(el.id);
    }
    return named;
  }, last);
  try {
    const where = await predictPages(page, size, [...ids, ...blocks], style);
    if ('unmodelled' in where) return '';
    // The first block (in document order) opening the last page; not the answer's first (the whole question is sendLastQuestionOn's).
    const at = blocks.findIndex((id) => where.pages.get(id) === found.count);
    if (at <= 0) return '';
    const css = `#${await page.evaluate((id: string) => CSS.escape(id), blocks[at])} { break-before: avoid !important; }`;
    const rule = await page.evaluate(
      (id: string, rule: string) => {
        // The id given for the measure goes: the rule names the block by its place instead.
        const el = document.getElementById(id)!;
        const question = el.closest('article.question[id]')!;
        const path: string[] = [];
        for (let e: Element = el; e !== question; e = e.parentElement!) path.unshift(`> :nth-child(${Array.from(e.parentElement!.children).indexOf(e) + 1})`);
        return rule.replace(/^#\S+/, `#${CSS.escape(question.id)} ${path.join(' ')}`);
      },
      blocks[at],
      css,
    );
    await page.evaluate(setStyleRules, style, rule);
    const again = await predictPages(page, size, ids, style);
    if (!('unmodelled' in again) && again.count === found.count && again.lastFill > found.lastFill && again.lastFill - found.lastFill <= MOST_CARRIED)
      return rule;
    await page.evaluate(setStyleRules, style, '');
    return '';
  } finally {
    await page.evaluate(() =>
      document.querySelectorAll('[data-sg-remnant]').forEach((el) => (el.removeAttribute('id'), el.removeAttribute('data-sg-remnant'))),
    );
  }
}
