import type { Page } from 'puppeteer-core';
import type { TextBlock } from './plan-section-breaks.js';
import { inTextBlock } from './in-text-block.js';

/** Lines a paragraph or list item may have and still be kept whole (render/short-blocks.ts says why). */
const MOST_KEPT_LINES = 3;

/** The blocks the render marks by their length (render/short-blocks.ts): answers' and introductions' paragraphs and items. */
const BLOCKS = ':is(.full-answer, .section-intro) :is(p, li)';

/**
 * Corrects the render's guess of which paragraphs and list items are short enough to keep whole:
 * it counts characters (render/short-blocks.ts), so an item of four lines made short by code or a
 * formula was kept whole, and moved whole to the next page where it should have split two and two
 * (the infrastructure guide's page 12). Laid out one text `block` wide in the print faces, each
 * block holding no block of its own is counted in lines; one of three lines or fewer is kept whole,
 * a longer one is not. Returns the blocks it changed, as indices among BLOCKS in document order,
 * for a later load of the same guide to change without measuring (flipShortBlocks).
 */
export async function keepShortBlocks(page: Page, block: TextBlock): Promise<number[]> {
  const flips = await inTextBlock(
    page,
    block,
    (selector: string, most: number) => {
      const range = document.createRange();
      const out: number[] = [];
      Array.from(document.querySelectorAll<HTMLElement>(selector)).forEach((el, i) => {
        if (el.querySelector('p, li, ul, ol, div, table, pre, blockquote, figure')) return;
        // Its lines, by the tops of its text's boxes (a line may hold several: code, a formula).
        range.selectNodeContents(el);
        const tops: number[] = [];
        for (const r of Array.from(range.getClientRects())) {
          if (r.height > 0 && !tops.some((t) => Math.abs(t - r.top) < r.height / 2)) tops.push(r.top);
        }
        if (tops.length > 0 && tops.length <= most !== el.classList.contains('keep-whole')) out.push(i);
      });
      return out;
    },
    BLOCKS,
    MOST_KEPT_LINES,
  );
  await flipShortBlocks(page, flips);
  return flips;
}

/** Makes the changes keepShortBlocks found in a load of the same guide: each block's keep turned over. */
export async function flipShortBlocks(page: Page, flips: readonly number[]): Promise<void> {
  if (!flips.length) return;
  await page.evaluate(
    (selector: string, list: number[]) => {
      const all = document.querySelectorAll(selector);
      for (const i of list) all[i]?.classList.toggle('keep-whole');
    },
    BLOCKS,
    [...flips],
  );
}
