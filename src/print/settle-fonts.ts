import type { Page } from 'puppeteer-core';

/**
 * Waits until the loaded page's layout uses its final faces. `document.fonts.ready` alone is not
 * enough: a face split by unicode-range, or one only the print media uses, starts loading when a
 * layout first needs it, so a promise taken before that layout resolves at once and the next
 * measurement runs in a fallback face (the section plan then varied from run to run). Forcing the
 * layout first makes every face it needs start loading; further rounds cover faces whose text only
 * appears once an earlier face's metrics moved things. Rounds end once nothing is loading.
 */
export async function settleFonts(page: Page): Promise<void> {
  await page.evaluate(async (rounds: number) => {
    for (let round = 0; round < rounds; round++) {
      void document.documentElement.getBoundingClientRect();
      void document.body.offsetHeight;
      if (document.fonts.status === 'loaded') return;
      await document.fonts.ready;
    }
  }, MAX_ROUNDS);
}

/** Layouts forced before giving up on faces that keep starting to load (each round waits for those under way). */
const MAX_ROUNDS = 12;
