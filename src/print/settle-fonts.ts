import type { Page } from 'puppeteer-core';

/**
 * Waits until the loaded page's layout uses its final faces. `document.fonts.ready` alone is not
 * enough: a face split by unicode-range, or one only the print media uses, starts loading when a
 * layout first needs it, so a promise taken before that layout resolves at once and the next
 * measurement runs in a fallback face (the section plan then varied from run to run). Forcing the
 * layout first makes every face it needs start loading; a few rounds cover faces whose text only
 * appears once an earlier face's metrics moved things.
 */
export async function settleFonts(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let round = 0; round < 4; round++) {
      void document.documentElement.getBoundingClientRect();
      void document.body.offsetHeight;
      if (document.fonts.status === 'loaded') return;
      await document.fonts.ready;
    }
  });
}
