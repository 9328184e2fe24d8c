import type { Page } from 'puppeteer-core';
import { predictPages, type PageSize } from './predict-pages.js';

/**
 * The most the quiz may grow, as a share of its pages, for its key's wide listings to move to the
 * key's end (rounded: a quiz of 4 pages takes none more, one of 5 to 14 one more).
 */
const MOST_GROWTH = 0.1;

/** The class on the body that shows the wide listings at the key's end (styles/quiz.css). */
const OUT = 'listings-out';

/**
 * Whether the key's listings too wide for its columns (render/render-quiz.ts, listingsMovedOut)
 * move to its end, across the page, where none of their lines wraps: kept so when the quiz then
 * takes at most MOST_GROWTH more pages than with them in the columns, at 6 pt, their long lines
 * wrapped under ↪. Each such line takes a row of the page where the columns gave it half a row: the
 * Chinese CI/CD bank's key, with 730 of its 778 listing lines in listings wider than a column,
 * went from 9 pages to 13, a Go bank's from 9 to 12; a deck with a wide listing or two, a page more
 * at most. Laid out both ways (predict-pages.ts); returns whether they moved.
 */
export async function moveKeyListings(page: Page, size: PageSize): Promise<boolean> {
  const ids = await page.$$eval('.quiz-listing-item[id]', (items) => items.map((li) => li.id));
  if (!ids.length) return false;
  const inColumns = await predictPages(page, size, []);
  if ('unmodelled' in inColumns) return false;
  await page.evaluate((c: string) => document.body.classList.add(c), OUT);
  const moved = await predictPages(page, size, []);
  if (!('unmodelled' in moved) && moved.count <= Math.round(inColumns.count * (1 + MOST_GROWTH))) return true;
  await page.evaluate((c: string) => document.body.classList.remove(c), OUT);
  return false;
}

/**
 * Writes into each pointer of the key the page its answer's wide listings print on, in the deck's
 * short form (`pageShort`, "p. {n}") and digits. Run once the pages are final (after fillQuizPages): the
 * pointer is one short line whatever its number, so writing it moves nothing.
 */
export async function pointKeyListings(page: Page, size: PageSize, pageShort: string, digits = ''): Promise<void> {
  // In the deck's own digits, as its running foot numbers the page (render/page-digits.ts).
  const own = [...digits];
  const inDigits = (n: number) => (own.length === 10 ? String(n).replace(/\d/g, (d) => own[Number(d)]) : String(n));
  const ids = await page.$$eval('body.listings-out .quiz-listing-item[id]', (items) => items.map((li) => li.id));
  if (!ids.length) return;
  const found = await predictPages(page, size, ids);
  if ('unmodelled' in found) return;
  const pages = ids.flatMap((id) => {
    const n = found.pages.get(id);
    return n === undefined ? [] : [[id, pageShort.replace('{n}', inDigits(n))] as const];
  });
  await page.evaluate((entries: (readonly [string, string])[]) => {
    for (const [id, text] of entries) {
      const at = document.querySelector(`a.quiz-listing-link[href="#${id}"] .quiz-listing-page`);
      if (at) at.textContent = text;
    }
  }, pages);
}
