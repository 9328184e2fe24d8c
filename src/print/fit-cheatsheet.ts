import type { Page } from 'puppeteer-core';
import { loadPdf } from './pdf-io.js';

/** Body sizes the cheat sheet may use, smallest first; 7 pt is the legibility floor. */
export const CHEATSHEET_SIZES_PT = [7, 7.5, 8, 8.5, 9, 9.5, 10];

/**
 * Pages at the smallest size from which no larger size can give as few: a step up (7 → 7.5 pt)
 * grows the text's area by at least 14 %, so content just over 7 full pages already needs more
 * than 8 at the next size.
 */
export const MANY_PAGES = 8;

/** Decks above this many questions are probed from the smallest size first (they rarely fit one page). */
const LARGE_DECK = 100;

const setSize = (page: Page, pt: number) => page.evaluate((v: string) => document.documentElement.style.setProperty('--sheet-font', v), `${pt}pt`);

async function printAt(page: Page, pt: number, tagged: boolean): Promise<{ pages: number; pdf: Uint8Array }> {
  await setSize(page, pt);
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged, outline: false });
  return { pages: (await loadPdf(pdf)).getPageCount(), pdf };
}

export interface SheetFit {
  fontSize: number;
  pages: number;
  /** The final PDF when the last probe was already it (tagged, at the chosen size). */
  pdf?: Uint8Array;
}

/**
 * Picks the largest body size that still gives the fewest pages; Chromium paginates only when
 * printing, so each probe is a print (untagged unless it may be the final one). A small deck
 * starts at the largest size (one page ends the search); a large one at the smallest, where
 * MANY_PAGES or more ends it and that probe is the final PDF. Otherwise a binary search between
 * the two (fewer pages never come from a larger size). Leaves the chosen size set on the page.
 */
export async function fitCheatsheet(page: Page, questions: number, sizes: number[] = CHEATSHEET_SIZES_PT): Promise<SheetFit> {
  const largest = sizes.length - 1;
  let atLargest: number | undefined;
  if (questions <= LARGE_DECK || largest === 0) {
    atLargest = (await printAt(page, sizes[largest], false)).pages;
    if (atLargest === 1 || largest === 0) return { fontSize: sizes[largest], pages: atLargest };
  }
  const smallest = await printAt(page, sizes[0], questions > LARGE_DECK);
  const fewest = smallest.pages;
  if (fewest >= MANY_PAGES) return { fontSize: sizes[0], pages: fewest, pdf: questions > LARGE_DECK ? smallest.pdf : undefined };
  atLargest ??= (await printAt(page, sizes[largest], false)).pages;
  if (fewest === atLargest) {
    await setSize(page, sizes[largest]);
    return { fontSize: sizes[largest], pages: fewest };
  }
  let lo = 0;
  let hi = largest;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if ((await printAt(page, sizes[mid], false)).pages <= fewest) lo = mid;
    else hi = mid;
  }
  await setSize(page, sizes[lo]);
  return { fontSize: sizes[lo], pages: fewest };
}
