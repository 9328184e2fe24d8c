import type { Page } from 'puppeteer-core';
import { predictPages, type PageSize } from './predict-pages.js';

/**
 * Most room added between two entries of a one-column sheet, in ems: with it the gap is 2.25 em,
 * under two lines of 1.35. More, and one-line answers float apart like a list of slogans.
 */
export const MOST_SPREAD_EM = 1.5;

/** Share of the page's free room spread out; the rest is slack for the check print's rounding. */
const SPREAD_SHARE = 0.95;

const setSpread = (page: Page, em: number) => page.evaluate((v: string) => document.documentElement.style.setProperty('--sheet-spread', v), `${em}em`);

/**
 * Spreads a one-column sheet's entries down its one page: an eleven-question deck of one-line
 * answers, at the one column's largest size (11 pt), ended 62 % down the page and left the rest
 * blank. The room under the last entry is shared between the gaps between entries (a section's
 * heading gap grows with them), up to MOST_SPREAD_EM each, so the page is filled as a set page is,
 * top to foot, not by a type too large for a sheet. Returns the ems added (0: left as it was, as
 * when the layout cannot be modelled or the spread would not keep one page).
 */
export async function spreadSheetEntries(page: Page, size: PageSize): Promise<number> {
  const found = await predictPages(page, size, []);
  if ('unmodelled' in found || found.count !== 1) return 0;
  const { gaps, emPx } = await page.evaluate(() => ({
    gaps: document.querySelectorAll('.entry').length - 1,
    emPx: parseFloat(getComputedStyle(document.querySelector('.entry') ?? document.body).fontSize),
  }));
  if (gaps < 1 || !(emPx > 0)) return 0;
  const free = (1 - found.lastFill) * found.areaHeight * SPREAD_SHARE;
  const em = Math.min(MOST_SPREAD_EM, Math.floor((free / gaps / emPx) * 20) / 20);
  if (em <= 0) return 0;
  await setSpread(page, em);
  const spread = await predictPages(page, size, []);
  if ('unmodelled' in spread || spread.count !== 1) {
    await setSpread(page, 0);
    return 0;
  }
  return em;
}
