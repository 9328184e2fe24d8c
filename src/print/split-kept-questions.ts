import type { Page } from 'puppeteer-core';
import { holdColumns, predictPages, type PageSize, type PredictedPages } from './predict-pages.js';
import { evaluateInPrint } from './print-media.js';

/**
 * A page's foot left blank by a short question kept whole and sent on, as a share of the text
 * block, that is worth splitting the question for: a fifth of the page.
 */
export const SPLIT_HOLE = 0.2;

/**
 * A last page less full than this holding the end of a question split over it is not worth the
 * split: a part of a guide printed in parts ends there, and the next part starts a page (a page of
 * the generated 100-question guide in parts of 20 was 8 % full).
 */
const THIN_LAST_PAGE = 1 / 3;

/** Where the rules that let a question split live in the loaded page (kept apart from the section plan's). */
const STYLE = 'style[data-sg-split]';

/**
 * Lets a short question split where keeping it whole sent it to the next page and left more than
 * SPLIT_HOLE of the page before it blank (the infrastructure guide's page 8 was 58 % full, Q10 on
 * the next). A short question (render-guide.ts, isShortQuestion) is kept on one page; each one
 * that starts a page after such a hole is let break inside, and stays so when it then starts on
 * the page before, the guide has no more pages and its last page is not left thin by the question's
 * end; else it is kept whole again. Split, it still
 * breaks by the answer's own rules: its heading with the "In short" box (or two lines) under it,
 * two lines at least on either side of a paragraph, a short list item, table or listing whole.
 * Runs as our code in the loaded page once a section plan is applied. Returns the CSS that lets
 * those questions split (already applied), for the plan of a later load of the same guide.
 */
export async function splitKeptQuestions(page: Page, size: PageSize): Promise<string> {
  const pairs = await evaluateInPrint(page, nameKept);
  if (!pairs.length) return '';
  const ids = [...new Set(pairs.flat())];
  // Those a run before let split stay so (a plan made since may have opened new holes, judged now).
  const split: string[] = await page.evaluate(
    (selector: string) => JSON.parse(document.querySelector(selector)?.getAttribute('data-ids') ?? '[]') as string[],
    STYLE,
  );
  try {
    // Each question tried is laid out again in the columns from where it starts (holdColumns).
    await holdColumns(page, async () => {
      let found = await predictPages(page, size, ids);
      for (const [before, question] of pairs) {
        if ('unmodelled' in found) break;
        if (split.includes(question) || holeBefore(found, before, question) <= SPLIT_HOLE) continue;
        await page.evaluate(setRules, [...split, question]);
        // Only the split rules changed since the last prediction (setRules).
        const again = await predictPages(page, size, ids, STYLE);
        const fits =
          !('unmodelled' in again) &&
          again.count <= found.count &&
          again.pages.get(question) === again.endPages.get(before) &&
          !(again.endPages.get(question) === again.count && again.lastFill < THIN_LAST_PAGE);
        if (fits) {
          found = again;
          split.push(question);
        } else await page.evaluate(setRules, split);
      }
    });
  } finally {
    await page.evaluate(() => document.querySelectorAll('[data-sg-named]').forEach((el) => (el.removeAttribute('id'), el.removeAttribute('data-sg-named'))));
  }
  return page.evaluate((selector: string) => document.querySelector(selector)?.textContent?.trim() ?? '', STYLE);
}

/** The blank at the foot of the page `before` ends on, when `next` starts on a later page; else 0. */
function holeBefore(found: PredictedPages, before: string, next: string): number {
  const [a, b] = [found.endPages.get(before), found.pages.get(next)];
  if (a === undefined || b === undefined || b <= a) return 0;
  return Math.max(0, 1 - (found.bottoms.get(before) ?? 1));
}

/**
 * Runs in the page: each short question with what ends before it in its section (the question or
 * the section's introduction before it), as ids (given where they lacked one). A question right
 * under its section's title is left: the title goes with it, and the section plan decides there.
 */
function nameKept(): [string, string][] {
  let n = 0;
  const name = (el: Element): string => {
    if (!el.id) {
      el.id = `sg-split-${n++}`;
      el.setAttribute('data-sg-named', '');
    }
    return el.id;
  };
  const out: [string, string][] = [];
  for (const question of Array.from(document.querySelectorAll('article.question.question-short[id]'))) {
    const before = question.previousElementSibling;
    if (!before || getComputedStyle(before).breakAfter === 'avoid' || getComputedStyle(before).display === 'none') continue;
    out.push([name(before), question.id]);
  }
  return out;
}

/** Runs in the page: the rules letting the questions `ids` break inside, in place of those before. */
function setRules(ids: string[]): void {
  let style = document.querySelector<HTMLStyleElement>('style[data-sg-split]');
  if (!style) {
    style = document.createElement('style');
    style.dataset.sgSplit = '';
    document.head.append(style);
  }
  style.textContent = ids.map((id) => `#${CSS.escape(id)}.question-short { break-inside: auto; }`).join('\n');
  style.setAttribute('data-ids', JSON.stringify(ids));
}
