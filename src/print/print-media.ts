import type { Page } from 'puppeteer-core';

/** Pages in the print media now, and how many callers asked for it. */
const depth = new WeakMap<Page, number>();

/**
 * Runs fn with the page in the print media, and puts the screen media back afterwards. Nested
 * calls share the outermost one's switch: each switch of media restyles and lays the whole
 * document out again, which for a part of a large guide costs as much as the measuring the
 * steps inside do, so a caller running several steps wraps them in one.
 */
export async function inPrintMedia<T>(page: Page, fn: () => Promise<T>): Promise<T> {
  const level = depth.get(page) ?? 0;
  if (level === 0) await page.emulateMediaType('print');
  depth.set(page, level + 1);
  try {
    return await fn();
  } finally {
    depth.set(page, level);
    if (level === 0) await page.emulateMediaType();
  }
}
