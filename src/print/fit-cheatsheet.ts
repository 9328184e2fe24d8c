import type { Page } from 'puppeteer';
import { PDFDocument } from 'pdf-lib';

/** Body sizes the cheat sheet may use, smallest first; 7 pt is the legibility floor. */
export const CHEATSHEET_SIZES_PT = [7, 7.5, 8, 8.5, 9, 9.5, 10];

const setSize = (page: Page, pt: number) => page.evaluate((v: string) => document.documentElement.style.setProperty('--sheet-font', v), `${pt}pt`);

async function pageCount(page: Page): Promise<number> {
  // A probe is only counted: untagged and without bookmarks, which prints faster.
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: false, outline: false });
  return (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount();
}

/**
 * Picks the largest body size that still gives the fewest pages. One page at the largest size
 * ends the search at once (the usual small deck); otherwise it prints at the smallest size to
 * learn the minimum and binary-searches the sizes between (fewer pages never come from a larger
 * size). Chromium paginates only when printing, so each probe is a print. Leaves the chosen
 * size set on the page.
 */
export async function fitCheatsheet(page: Page, sizes: number[] = CHEATSHEET_SIZES_PT): Promise<{ fontSize: number; pages: number }> {
  const largest = sizes.length - 1;
  await setSize(page, sizes[largest]);
  const atLargest = await pageCount(page);
  if (atLargest === 1 || largest === 0) return { fontSize: sizes[largest], pages: atLargest };
  await setSize(page, sizes[0]);
  const fewest = await pageCount(page);
  if (fewest === atLargest) {
    await setSize(page, sizes[largest]);
    return { fontSize: sizes[largest], pages: fewest };
  }
  let lo = 0;
  let hi = largest;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    await setSize(page, sizes[mid]);
    if ((await pageCount(page)) <= fewest) lo = mid;
    else hi = mid;
  }
  await setSize(page, sizes[lo]);
  return { fontSize: sizes[lo], pages: fewest };
}
