import type { Page } from 'puppeteer-core';
import { predictPages, type PageSize } from './predict-pages.js';

/**
 * Most room added between two entries of a one-column sheet, in ems: with it the gap is 2.25 em,
 * under two lines of 1.35. More, and one-line answers float apart like a list of slogans.
 */
export const MOST_SPREAD_EM = 1.5;

/**
 * A sheet whose entries, MOST_SPREAD_EM apart, would still end above GATHERED_BELOW of the page is
 * short (four to nine questions): spread, its nine entries stood 2.25 em apart and still filled
 * only 49 % of the page, a list of slogans floating down to nowhere. It is set as a block instead,
 * its entries GATHERED_EM further apart than unspread (1.25 em, under one line), the white left at
 * the foot, as a short text is set on its page. One that would reach SPREAD_FROM is spread; between
 * the two the gap grows in step with the reach. (A switch at 80 % made a sheet 79 % full and one 81 %
 * full a whole em apart in their gaps.)
 */
const GATHERED_BELOW = 0.7;
const SPREAD_FROM = 0.9;
const GATHERED_EM = 0.5;

/**
 * The room added between entries, in ems, for a sheet whose entries MOST_SPREAD_EM apart would end
 * `reach` down the page and which has room for `full` ems a gap: continuous in both.
 */
export function spreadFor(reach: number, full: number): number {
  const t = Math.min(1, Math.max(0, (reach - GATHERED_BELOW) / (SPREAD_FROM - GATHERED_BELOW)));
  return Math.min(GATHERED_EM + (MOST_SPREAD_EM - GATHERED_EM) * t, full);
}

/** Share of the page's free room spread out; the rest is slack for the check print's rounding. */
const SPREAD_SHARE = 0.95;

const setSpread = (page: Page, em: number) => page.evaluate((v: string) => document.documentElement.style.setProperty('--sheet-spread', v), `${em}em`);

/**
 * Spreads a one-column sheet's entries down its one page: an eleven-question deck of one-line
 * answers, at the one column's largest size (11 pt), ended 62 % down the page and left the rest
 * blank. The room under the last entry is shared between the gaps between entries (a section's
 * heading gap takes two shares), up to MOST_SPREAD_EM each, so the page is filled as a set page is,
 * top to foot, not by a type too large for a sheet. A sheet the spread cannot bring near its foot
 * is gathered instead (spreadFor), as is one whose type grew above the body size (`gather`): its
 * type fills the page, its entries stay a list. Returns the ems added (0: left as it was, as
 * when the layout cannot be modelled or the spread would not keep one page).
 */
export async function spreadSheetEntries(page: Page, size: PageSize, gather = false): Promise<number> {
  const found = await predictPages(page, size, []);
  if ('unmodelled' in found || found.count !== 1) return 0;
  const { gaps, emPx } = await gapsOf(page);
  if (gaps < 1 || !(emPx > 0)) return 0;
  const free = (1 - found.lastFill) * found.areaHeight * SPREAD_SHARE;
  const full = Math.floor((free / gaps / emPx) * 20) / 20;
  // A short sheet, which the most spread would still leave far from its foot, is gathered instead.
  const reach = found.lastFill + (gaps * MOST_SPREAD_EM * emPx) / found.areaHeight;
  const em = gather ? Math.min(GATHERED_EM, full) : spreadFor(reach, full);
  if (em <= 0) return 0;
  await setSpread(page, em);
  const spread = await predictPages(page, size, []);
  if ('unmodelled' in spread || spread.count !== 1) {
    await setSpread(page, 0);
    return 0;
  }
  return em;
}

/** The gaps a spread shares the room between, and the entries' em in CSS pixels. */
async function gapsOf(page: Page): Promise<{ gaps: number; emPx: number }> {
  // A section's heading takes two shares (styles/cheatsheet.css): one more gap for each after the first.
  return page.evaluate(() => ({
    gaps: document.querySelectorAll('.entry').length - 1 + Math.max(0, document.querySelectorAll('.sheet-section').length - 1),
    emPx: parseFloat(getComputedStyle(document.querySelector('.entry') ?? document.body).fontSize),
  }));
}

/**
 * True when the loaded one-column sheet, ending `fill` down a page `areaHeight` px tall unspread,
 * would be spread part way only (spreadFor between gathered and full): its entries stand apart
 * (nine questions 1.9 em ink to ink at 11 pt) yet the page stays a fifth blank, neither a list
 * nor a filled page. Such a sheet is better set in larger type (print/fit-cheatsheet.ts).
 */
export async function spreadsPartWay(page: Page, fill: number, areaHeight: number): Promise<boolean> {
  const { gaps, emPx } = await gapsOf(page);
  if (gaps < 1 || !(emPx > 0)) return false;
  const reach = fill + (gaps * MOST_SPREAD_EM * emPx) / areaHeight;
  return reach > GATHERED_BELOW && reach < SPREAD_FROM;
}

/** Takes a spread off, for a sheet laid out again some other way. */
export const unspread = (page: Page) => setSpread(page, 0);

/** Steps of the search for a column sheet's spread, in ems (MOST_SPREAD_EM / SPREAD_STEP steps). */
const SPREAD_STEP = 0.05;

/**
 * Columns ending this far down the page (or further) are left as they are: the room up to
 * SPREAD_SHARE gives each gap a few hundredths of an em at most, which no reader sees, and the
 * search for it cost six layouts (the 40-question data-science sheet, 94 % full at 7.5 pt, took
 * 0.05 em after 311 ms).
 */
const FULL_ENOUGH = 0.93;

/**
 * Spreads the entries of a sheet set in columns down its one page: fifteen statistics questions
 * at the columns' 10.5 pt cap, too many for the one column, ended 55 % down the page. The columns
 * balance, so the room each gap may take depends on how the entries fall into them: the largest
 * spread (up to MOST_SPREAD_EM, in SPREAD_STEP steps) whose columns still end within SPREAD_SHARE
 * of the page is found by laying out, not computed. `fill`: how far down the columns end
 * unspread, when the caller measured it; from FULL_ENOUGH on nothing is tried. Returns the ems
 * added (0: left as it was) and the layouts made.
 */
export async function spreadColumnEntries(page: Page, size: PageSize, fill?: number): Promise<{ em: number; layouts: number }> {
  let layouts = 0;
  if (fill !== undefined && fill >= FULL_ENOUGH) return { em: 0, layouts };
  const fits = async (em: number) => {
    await setSpread(page, em);
    const found = await predictPages(page, size, []);
    layouts++;
    return !('unmodelled' in found) && found.count === 1 && found.lastFill <= SPREAD_SHARE;
  };
  let lo = 0;
  let hi = Math.round(MOST_SPREAD_EM / SPREAD_STEP);
  if (await fits(hi * SPREAD_STEP)) return { em: hi * SPREAD_STEP, layouts };
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (await fits(mid * SPREAD_STEP)) lo = mid;
    else hi = mid;
  }
  await setSpread(page, lo * SPREAD_STEP);
  return { em: lo * SPREAD_STEP, layouts };
}
