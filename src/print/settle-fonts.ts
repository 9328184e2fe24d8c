import type { Page } from 'puppeteer-core';
import { evaluateInPrint } from './print-media.js';

/**
 * Waits until the loaded page's layout uses its final faces. `document.fonts.ready` alone is not
 * enough: a face split by unicode-range, or one only the print media uses, starts loading when a
 * layout first needs it, so a promise taken before that layout resolves at once and the next
 * measurement runs in a fallback face (the section plan then varied from run to run). Forcing the
 * layout first makes every face it needs start loading; further rounds cover faces whose text only
 * appears once an earlier face's metrics moved things. Rounds end once nothing is loading.
 */
export async function settleFonts(page: Page): Promise<void> {
  await page.evaluate(settleInPage, MAX_ROUNDS);
}

/**
 * settleFonts for a page in the print media (inPrintMedia): its first layout is forced in the
 * print media whatever cleared it meanwhile (evaluateInPrint), so the faces only the print asks
 * for start loading; settled in the screen media, the next step measured in a fallback face.
 */
export async function settlePrintFonts(page: Page): Promise<void> {
  await evaluateInPrint(page, settleInPage, MAX_ROUNDS);
}

/** Runs in the page: forces layouts and waits for the faces they start loading, `rounds` times at most. */
async function settleInPage(rounds: number): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    void document.documentElement.getBoundingClientRect();
    void document.body.offsetHeight;
    if (document.fonts.status === 'loaded') return;
    await document.fonts.ready;
  }
}

/** Layouts forced before giving up on faces that keep starting to load (each round waits for those under way). */
const MAX_ROUNDS = 12;

/**
 * Measurements taken again after settling faces a measuring layout found loading. Each new
 * measurement can ask for a face the last did not (a line now breaks elsewhere). Raised from 2
 * when a 20-page body measured at 26 pages was taken for a fallback face; that was the screen
 * media (print-media.ts, evaluateInPrint), but a few more rounds cost nothing when none is needed.
 */
export const FONT_RETRIES = 8;
