import type { Page } from 'puppeteer-core';

/**
 * Bundled faces answered to print pages in this process (printHtml answers each from Node). A
 * page's renderer keeps the faces it was answered in its memory cache, so a kept page asks for each
 * once; a new page is a new renderer and asks again. Asked for by its first layout, a face arrives
 * late and the page is laid out again for it: a fresh page's first load of a 0.56 MB guide made
 * 10–12 layouts, and 3 when the faces were in its cache before the guide loaded (1,000 questions,
 * 9 pages: the build's CPU −5 to −7 %, BENCHMARKS.md perf30).
 */
const answered = new Set<string>();

/** Notes a face's address once it has been answered to a print page. */
export function noteFace(url: string): void {
  answered.add(url);
}

/**
 * Loads the faces earlier print pages were answered into a page that has loaded nothing yet, each
 * as a FontFace of its own in an empty document: the page's own handler answers them (the caller
 * has turned on request interception), and the first real load finds them in the renderer's memory
 * cache. Not `<link rel=preload>`: a preloaded face the deck does not use makes Chromium warn on the
 * page's console, which the build reports.
 */
export async function warmFaces(page: Page, timeout: number): Promise<void> {
  if (!answered.size) return;
  await page.setContent('<!doctype html><title></title>', { waitUntil: 'load', timeout });
  await page.evaluate((urls) => Promise.allSettled(urls.map((url, i) => new FontFace(`warm-${i}`, `url("${url}")`).load())), [...answered]);
}
