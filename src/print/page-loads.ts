import type { Page } from 'puppeteer-core';

/**
 * Characters of HTML each page has loaded to print or measure (printHtml records every load). A
 * renderer keeps memory from every document it laid out, roughly in step with the documents' size:
 * the contents of a 5,000-question guide (2.2 MB of HTML) left its renderer at 450 MiB, where one
 * that had loaded five 0.6 MB parts held 180–250 MiB. BrowserSession closes a kept page once its
 * loads pass a budget (PAGE_BUDGET_CHARS).
 */
const loaded = new WeakMap<Page, number>();
/** Characters of the document each page loaded last (the one it holds while it prints). */
const latest = new WeakMap<Page, number>();

/** Counts a document of `chars` characters loaded into page. */
export function recordLoad(page: Page, chars: number): void {
  loaded.set(page, (loaded.get(page) ?? 0) + chars);
  latest.set(page, chars);
}

/** Characters of the last document printHtml loaded into page (0 for none). */
export function lastLoadChars(page: Page): number {
  return latest.get(page) ?? 0;
}

/** Characters of HTML the page has loaded so far (0 for one that loaded nothing through printHtml). */
export function loadedChars(page: Page): number {
  return loaded.get(page) ?? 0;
}

/**
 * HTML a kept page may have loaded before it is closed instead of kept: above the 1.9 MB a
 * bundled deck's busiest page loads (a guide, two card sets and a cheat sheet, so a small build
 * starts no renderer more), below the contents of a 5,000-question guide alone (2.2 MB), whose
 * renderer then went on to measure five more parts while holding 450 MiB, at the build's peak.
 */
export const PAGE_BUDGET_CHARS = 2_000_000;
