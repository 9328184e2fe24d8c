import type { Page } from 'puppeteer-core';
import type { TextBlock } from './plan-section-breaks.js';
import { inTextBlock } from './in-text-block.js';

/** Hyphenated line ends a book allows in a row (CSS hyphenate-limit-lines, which Chromium lacks). */
export const MOST_IN_A_ROW = 2;

/** Letters of the longest word kept whole to end a run: a longer one may not fit a narrow line. */
const LONGEST_WHOLE = 20;

/** Rounds of taking hyphens out and laying out again: each settles at least one run in every block. */
const ROUNDS = 6;

/**
 * Keeps runs of hyphenated line ends to MOST_IN_A_ROW, as `hyphenate-limit-lines` would: the soft
 * hyphens (content/hyphenate.ts) are laid out in the page, each one a line broke at is found (its
 * character then has a width: the hyphen it printed), and where a run goes on past the limit the
 * word that ends its next line loses its soft hyphens, so that line ends on a whole word; then the
 * paragraph is laid out again, until no run is too long. The body is laid out one text `block`
 * wide, as in print, in the print media. Runs as our code in the page (its own scripting stays
 * off) and changes its text only: run before the pages are measured, and again on every load
 * that prints, it takes out the same hyphens. Returns how many words it kept whole.
 */
export async function limitHyphenRuns(page: Page, block: TextBlock): Promise<number> {
  // In the print faces, loaded: the load that prints keeps the same words whole as the one that measured its pages.
  return inTextBlock(
    page,
    block,
    (most: number, rounds: number, longest: number) => {
      const SHY = '\u00ad';
      let kept = 0;
      // Blocks of running text holding no block of their own, that have a soft hyphen. Not a
      // table's cells: a word kept whole there can widen its column past the page, and
      // Chromium then shrinks the whole page to fit.
      let blocks = Array.from(document.body.querySelectorAll<HTMLElement>('p, li, dd, figcaption')).filter(
        (el) => el.textContent?.includes(SHY) && !el.querySelector('p, li, ul, ol, div, table, pre, blockquote'),
      );
      const range = document.createRange();
      const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{M}\u00ad]/u.test(c);
      // The soft hyphen that makes the block's first run too long (`most` lines before its line broke too).
      const overLimit = (el: HTMLElement): { node: Text; at: number } | undefined => {
        // The paragraph's lines, by the tops of its text's boxes (a line may hold several).
        range.selectNodeContents(el);
        const tops: number[] = [];
        for (const r of Array.from(range.getClientRects())) {
          if (r.height > 0 && !tops.some((t) => Math.abs(t - r.top) < r.height / 2)) tops.push(r.top);
        }
        const lineOf = (top: number) => tops.findIndex((t) => Math.abs(t - top) < 3);
        const broken: { node: Text; at: number; line: number }[] = [];
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          for (let at = node.data.indexOf(SHY); at >= 0; at = node.data.indexOf(SHY, at + 1)) {
            range.setStart(node, at);
            range.setEnd(node, at + 1);
            const shown = Array.from(range.getClientRects()).find((r) => r.width > 0.5);
            if (shown) broken.push({ node, at, line: lineOf(shown.top) });
          }
        }
        const lines = new Set(broken.map((b) => b.line));
        return broken.find((b) => b.line >= 0 && Array.from({ length: most }, (_, k) => b.line - 1 - k).every((l) => lines.has(l)));
      };
      // Each round reads every block still in question (one layout), then writes: the words
      // found are kept whole, and only their blocks are read again.
      for (let round = 0; round < rounds && blocks.length; round++) {
        const found = blocks.map((el) => ({ el, over: overLimit(el) })).filter((f) => f.over);
        const again: HTMLElement[] = [];
        for (const { el, over } of found) {
          const { node, at } = over!;
          let start = at;
          let end = at + 1;
          while (start > 0 && isWord(node.data[start - 1])) start--;
          while (end < node.data.length && isWord(node.data[end])) end++;
          const word = node.data.slice(start, end).replaceAll(SHY, '');
          // A word this long may not fit a narrow line whole: its run stays.
          if (word.length > longest) continue;
          node.data = node.data.slice(0, start) + word + node.data.slice(end);
          kept++;
          again.push(el);
        }
        blocks = again;
      }
      return kept;
    },
    MOST_IN_A_ROW,
    ROUNDS,
    LONGEST_WHOLE,
  );
}
