import type { Page } from 'puppeteer-core';

/** A flash front's question of more lines than this is set flush left rather than centred. */
const CENTRED_LINES = 3;

/** The class that sets a card's front question flush left (styles/cards.css), in print and on screen. */
const LONG_FRONT = 'card-long-front';

/**
 * Marks each flash card front whose question runs to more than CENTRED_LINES lines (class
 * LONG_FRONT, which styles/cards.css sets flush left): centred, a scenario question of seventy
 * words printed as nine lines of bold each starting somewhere else, hard to read as the paragraph
 * it is. A short question stays centred. Runs once the cards are fitted (fitCards): the alignment
 * moves no line to another, so every card still fits. Returns the marked cards' keys, for
 * cards.html to mark the same (render-cards.ts): the screen sets the fronts as the paper does.
 */
export async function alignLongFronts(page: Page): Promise<string[]> {
  return page.evaluate(
    (most: number, mark: string) => {
      const keys: string[] = [];
      for (const question of document.querySelectorAll<HTMLElement>('.card-front .card-question')) {
        const lineHeight = parseFloat(getComputedStyle(question).lineHeight);
        const card = question.closest<HTMLElement>('.card');
        if (!card || !(lineHeight > 0) || Math.round(question.getBoundingClientRect().height / lineHeight) <= most) continue;
        card.classList.add(mark);
        keys.push(card.dataset.card ?? '');
      }
      return keys;
    },
    CENTRED_LINES,
    LONG_FRONT,
  );
}
