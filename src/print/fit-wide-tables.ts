import type { Page } from 'puppeteer-core';
import type { TextBlock } from './plan-section-breaks.js';
import { inTextBlock } from './in-text-block.js';

/** A table of a question's full answer that was wider than its column as first set. */
export interface WideTable {
  /** The question's id. */
  question: string;
  /** How far it had to go: smaller type, smallest type, words broken anywhere (see STEPS). */
  step: number;
  /** Still wider than its column at the last step: its right-hand columns print cut off. */
  cut: boolean;
}

/**
 * What a table wider than its column tries, in turn (`&` stands for the table): smaller type with
 * tighter cells, then the smallest type a reader still takes in (about 6.5 pt under an 11 pt
 * body), then words broken anywhere, heads included. A table's columns never get narrower than
 * their longest unbreakable word, so 25 short columns ran off the page's edge, their last ones
 * cut off in the PDF without a word.
 */
const STEPS = [
  '& { font-size: 0.7em; } & :is(th, td) { padding: 1px 2px; }',
  '& { font-size: 0.6em; } & :is(th, td) { padding: 1px 2px; }',
  '& { font-size: 0.6em; } & :is(th, td), & :is(th, td) * { padding: 1px 2px; overflow-wrap: anywhere; white-space: normal; }',
];

/** The index in STEPS from which a table's words are broken anywhere. */
export const BROKEN_STEP = 2;

/**
 * Sets each table of the guide's answers that is wider than its column, laid out one text
 * `block` wide in the print media, at the first step of STEPS at which it fits (the last when
 * none does). Rules name the table by its question and its place in the answer, so the CSS
 * returned makes the same change in a later load of the same guide (rendered in its head).
 */
export async function fitWideTables(page: Page, block: TextBlock): Promise<{ css: string; tables: WideTable[] }> {
  return inTextBlock(
    page,
    block,
    (steps: string[]) => {
      const style = document.createElement('style');
      style.setAttribute('data-sg-wide-tables', '');
      document.head.append(style);
      const rules: string[] = [];
      const tables: { question: string; step: number; cut: boolean }[] = [];
      for (const table of Array.from(document.querySelectorAll<HTMLTableElement>('article.question[id] .full-answer table'))) {
        const room = table.parentElement?.clientWidth ?? 0;
        const over = () => table.getBoundingClientRect().width > room + 0.5 || table.scrollWidth > Math.ceil(room) + 1;
        if (!room || !over()) continue;
        const question = table.closest('article.question[id]') as HTMLElement;
        const answer = table.closest('.full-answer') as HTMLElement;
        // Its path from the answer, child by child: the same in every load of the same text.
        const path: string[] = [];
        for (let el: Element = table; el !== answer && el.parentElement; el = el.parentElement)
          path.unshift(`:nth-child(${Array.from(el.parentElement.children).indexOf(el) + 1})`);
        const selector = `#${CSS.escape(question.id)} .full-answer > ${path.join(' > ')}`;
        let step = 0;
        for (; step < steps.length; step++) {
          style.textContent = [...rules, steps[step].replaceAll('&', selector)].join('\n');
          if (!over()) break;
        }
        step = Math.min(step, steps.length - 1);
        rules.push(steps[step].replaceAll('&', selector));
        style.textContent = rules.join('\n');
        tables.push({ question: question.id, step, cut: over() });
      }
      if (!rules.length) style.remove();
      return { css: rules.join('\n'), tables };
    },
    STEPS,
  );
}
