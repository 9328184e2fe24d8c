import type { Page } from 'puppeteer-core';
import type { TextBlock } from './plan-section-breaks.js';
import { settlePrintFonts } from './settle-fonts.js';
import { evaluateInPrint, inPrintMedia } from './print-media.js';

/** Pages laid out one text block wide now (withTextBlock), by that block's width. */
const active = new WeakMap<Page, number>();

/**
 * Runs fn with the page laid out as its text prints: the print media, the root one text `block`
 * wide, and the faces that layout asks for loaded (one the screen never used starts loading only
 * now; lines measured before it arrived fell in a fallback face). The page is put back
 * afterwards; what fn changed in the text stays. Steps run inside one call share its layout
 * (inTextBlock within it lays nothing out again): each change of media or width lays the whole
 * document out anew.
 */
export async function withTextBlock<T>(page: Page, block: TextBlock, fn: () => Promise<T>): Promise<T> {
  if (active.get(page) === block.width) return fn();
  return inPrintMedia(page, async () => {
    const sheet = await page.evaluateHandle((width: number) => {
      const style = document.createElement('style');
      style.textContent = `html { width: ${width}px !important; max-width: none !important; margin: 0 !important; padding: 0 !important; border: 0 !important; }`;
      document.head.append(style);
      return style;
    }, block.width);
    const outer = active.get(page);
    active.set(page, block.width);
    try {
      await settlePrintFonts(page);
      return await fn();
    } finally {
      if (outer === undefined) active.delete(page);
      else active.set(page, outer);
      await sheet.evaluate((style) => style.remove());
      await sheet.dispose();
    }
  });
}

/**
 * Runs `measure` in the page laid out as its text prints (withTextBlock). Runs as our code (the
 * page's own scripting stays off).
 */
export async function inTextBlock<T, A extends unknown[]>(page: Page, block: TextBlock, measure: (...args: A) => T, ...args: A): Promise<Awaited<T>> {
  return withTextBlock(page, block, () => evaluateInPrint(page, measure, ...args));
}
