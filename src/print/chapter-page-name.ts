import type { Page } from 'puppeteer-core';

/**
 * A chapter's own page name, as the guide's stylesheet gives it, read without the plan's rules; '' for none (or not a
 * chapter of questions, unless `notes`: a section of no questions then has its own too).
 */
export function ownPageName(page: Page, id: string, notes = false): Promise<string> {
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

/** An id as a CSS selector writes it (ours are slugs; anything else escaped). */
export const cssId = (id: string) => id.replace(/[^\w-]/g, (c) => `\\${c.codePointAt(0)!.toString(16)} `);
