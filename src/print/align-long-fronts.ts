import type { Page } from 'puppeteer-core';

/** A flash front's question of more lines than this is set flush left rather than centred. */
const CENTRED_LINES = 3;

/**
 * Sets each flash card front's question of more than CENTRED_LINES lines flush left: centred, a
 * scenario question of seventy words printed as nine lines of bold each starting somewhere else,
 * hard to read as the paragraph it is. A short question stays centred. Runs once the cards are
 * fitted (fitCards): the alignment moves no line to another, so every card still fits.
 */
export async function alignLongFronts(page: Page): Promise<void> {
  await page.evaluate((most: number) => {
    for (const question of document.querySelectorAll<HTMLElement>('.card-front .card-question')) {
      const lineHeight = parseFloat(getComputedStyle(question).lineHeight);
      if (lineHeight > 0 && Math.round(question.getBoundingClientRect().height / lineHeight) > most) question.style.textAlign = 'start';
    }
  }, CENTRED_LINES);
}
