import type { Page } from 'puppeteer-core';
import type { TextBlock } from './plan-section-breaks.js';
import { settleFonts } from './settle-fonts.js';

/**
 * Runs `measure` in the page laid out as its text prints: the print media, the faces it asks for
 * loaded (one the screen never used starts loading only now; lines measured before it arrived fell
 * in a fallback face), and the root one text `block` wide. The page is put back afterwards; what
 * `measure` changed in the text stays. Runs as our code (the page's own scripting stays off).
 */
export async function inTextBlock<T, A extends unknown[]>(page: Page, block: TextBlock, measure: (...args: A) => T, ...args: A): Promise<Awaited<T>> {
  await page.emulateMediaType('print');
  await settleFonts(page);
  const sheet = await page.evaluateHandle((width: number) => {
    const style = document.createElement('style');
    style.textContent = `html { width: ${width}px !important; max-width: none !important; margin: 0 !important; padding: 0 !important; border: 0 !important; }`;
    document.head.append(style);
    return style;
  }, block.width);
  try {
    return (await page.evaluate(measure as (...a: unknown[]) => T, ...args)) as Awaited<T>;
  } finally {
    await sheet.evaluate((style) => style.remove());
    await sheet.dispose();
    await page.emulateMediaType();
  }
}
