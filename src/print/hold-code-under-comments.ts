import type { Page } from 'puppeteer-core';
import { bookletPageTotal } from './impose-booklet.js';
import { predictPages, type PageSize } from './predict-pages.js';
import { cssId } from './css-id.js';

/** Where the rules this step keeps live in the loaded page while it tries them. */
const STYLE = 'data-sg-comments';

/** The ids given for a measure to a line under a comment and to its comment (taken off after). */
const LINE_ID = 'sg-under-comment-';

/**
 * Keeps the code under a comment line of an answer's long listing (`code-under-comment`,
 * render/code-lines.ts) on the page of its comment, question by question, where a page would end on
 * the comment with its code overleaf (a Go guide's page ended on `// Arguments evaluated
 * immediately`): the page ends a line sooner, before the comment. A question's lines are held only
 * when the guide, or a booklet's sheets, take no more pages so: held everywhere, the A4 Go
 * booklet took a sheet more. Runs within holdColumns, on the pages as planned. Returns the rules
 * kept (left applied), for the guide's plan.
 */
export async function holdCodeUnderComments(page: Page, size: PageSize & { signature?: number }): Promise<string> {
  const found = await page.evaluate((prefix: string) => {
    const pairs: { line: string; comment: string; question: string }[] = [];
    document.querySelectorAll<HTMLElement>('article.question[id] pre:has(> code.code-long) .code-line.code-under-comment').forEach((line, k) => {
      const comment = line.previousElementSibling;
      const question = line.closest('article.question[id]');
      if (!comment || !question) return;
      line.id ||= `${prefix}${k}`;
      comment.id ||= `${prefix}${k}-c`;
      pairs.push({ line: line.id, comment: comment.id, question: question.id });
    });
    return { pairs, cover: !!document.querySelector('.cover') };
  }, LINE_ID);
  if (!found.pairs.length) return '';
  try {
    const before = await predictPages(
      page,
      size,
      found.pairs.flatMap((p) => [p.line, p.comment]),
    );
    if ('unmodelled' in before) return '';
    // A booklet's page saved or spent counts only with its sheet (its back cover left blank).
    const sheets = (pages: number) => (size.signature && found.cover ? bookletPageTotal(pages) / 4 : pages);
    const broken = found.pairs.filter((p) => (before.pages.get(p.line) ?? 0) > (before.pages.get(p.comment) ?? 0));
    const questions = [...new Set(broken.map((p) => p.question))];
    if (!questions.length) return '';
    let count = sheets(before.count);
    const kept: string[] = [];
    for (const id of questions) {
      const rule = `#${cssId(id)} pre:has(> code.code-long) .code-line.code-under-comment { break-before: avoid; }`;
      await setRules(page, [...kept, rule]);
      const after = await predictPages(page, size, []);
      if (!('unmodelled' in after) && sheets(after.count) <= count) {
        kept.push(rule);
        count = sheets(after.count);
      }
    }
    await setRules(page, kept);
    return kept.join('\n');
  } finally {
    await page.evaluate((prefix: string) => {
      document.querySelectorAll(`[id^="${prefix}"]`).forEach((el) => el.removeAttribute('id'));
    }, LINE_ID);
  }
}

/** Puts `rules` in this step's style element of the loaded page, in place of those there (none: the element taken out). */
async function setRules(page: Page, rules: string[]): Promise<void> {
  await page.evaluate(
    (attr: string, css: string) => {
      let style = document.head.querySelector<HTMLStyleElement>(`style[${attr}]`);
      if (!css) return style?.remove();
      if (!style) {
        style = document.createElement('style');
        style.setAttribute(attr, '');
        document.head.append(style);
      }
      style.textContent = css;
    },
    STYLE,
    rules.join('\n'),
  );
}
