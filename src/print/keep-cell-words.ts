import type { Page } from 'puppeteer-core';
import type { TextBlock } from './plan-section-breaks.js';
import { inTextBlock } from './in-text-block.js';

/**
 * Word lengths tried in turn, longest first: a table's words shorter than this lose their soft
 * hyphens when the table still fits its text width so. content/hyphenate.ts gives syllable breaks
 * to every word of seven letters or more in a table of five columns or more, and to words of 12 or
 * more in a narrower one, as one kept whole could widen a column past the page; laid out, most
 * such tables fit with their words whole. Broken, a column of compounds was squeezed to a syllable
 * beside roomy ones ("Transformationszeit-|punkt", "Rohdatenaufbewah-|rung" in a four-column
 * table, "Especifici-|dad" heading a column of "(0,0,1)"; "hidden at-|tribute" in a six-column
 * one).
 */
const WHOLE_BELOW = [48, 40, 32, 28, 24, 20, 16, 12, 10, 8];

/**
 * Keeps the words of the guide's tables whole where the table still fits: for each table holding
 * soft hyphens, laid out one text `block` wide in the print media, the first length of
 * WHOLE_BELOW at which the table, its words shorter than that kept whole, is no wider than its
 * column; none fitting, the table stays as it was. Runs as our code in the page and changes its
 * text only, the same way on every load (as limit-hyphen-runs.ts). Returns the tables changed.
 */
export async function keepCellWords(page: Page, block: TextBlock): Promise<number> {
  return inTextBlock(
    page,
    block,
    (width: number, lengths: number[]) => {
      const SHY = '\u00ad';
      let changed = 0;
      const tables = Array.from(document.body.querySelectorAll<HTMLTableElement>('.full-answer table')).filter((t) => t.textContent?.includes(SHY));
      const word = /[\p{L}\p{M}\u00ad]+/gu;
      for (const table of tables) {
        const room = table.parentElement?.clientWidth ?? width;
        const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
        const nodes: { node: Text; text: string }[] = [];
        for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) if (n.data.includes(SHY)) nodes.push({ node: n, text: n.data });
        const fits = () => table.getBoundingClientRect().width <= room + 0.5 && table.scrollWidth <= Math.ceil(room) + 1;
        let kept = false;
        for (const below of lengths) {
          for (const { node, text } of nodes) node.data = text.replace(word, (w) => (w.replaceAll(SHY, '').length < below ? w.replaceAll(SHY, '') : w));
          if (fits()) {
            kept = true;
            break;
          }
        }
        if (kept) changed++;
        else for (const { node, text } of nodes) node.data = text;
      }
      return changed;
    },
    block.width,
    WHOLE_BELOW,
  );
}
