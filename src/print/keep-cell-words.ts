import type { Page } from 'puppeteer-core';
import type { TextBlock } from './plan-section-breaks.js';
import { inTextBlock } from './in-text-block.js';

/**
 * Word lengths tried in turn, longest first: a wide table's words shorter than this lose their
 * soft hyphens when the table still fits its text width so. content/hyphenate.ts gives every
 * word of seven letters or more in a table of five columns or more its syllable breaks, as one
 * kept whole could widen a column past the page; laid out, most such tables fit with their
 * short words whole ("hidden at-|tribute", "no (until re-|cently)" broke in a six-column table
 * that had room for both).
 */
const WHOLE_BELOW = [16, 12, 10, 8];

/**
 * Keeps the short words of the guide's wide tables whole where the table still fits: for each
 * table of five columns or more holding soft hyphens, laid out one text `block` wide in the print
 * media, the first length of WHOLE_BELOW at which the table, its words shorter than that kept
 * whole, is no wider than its column; none fitting, the table stays as it was. Runs as our code
 * in the page and changes its text only, the same way on every load (as limit-hyphen-runs.ts).
 * Returns the tables changed.
 */
export async function keepCellWords(page: Page, block: TextBlock): Promise<number> {
  return inTextBlock(
    page,
    block,
    (width: number, lengths: number[]) => {
      const SHY = '\u00ad';
      let changed = 0;
      const tables = Array.from(document.body.querySelectorAll<HTMLTableElement>('.full-answer table')).filter(
        (t) => t.textContent?.includes(SHY) && Array.from(t.rows).some((r) => r.cells.length >= 5),
      );
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
