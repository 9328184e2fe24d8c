import type { Page } from 'puppeteer-core';

/** The body size a 3×5 card starts from (render-cards' startFontPt scales it), and the legibility floor. */
export const CARD_FONT_MAX_PT = 10;
export const CARD_FONT_MIN_PT = 7;

/** The outcome for one card face (keyed like render-cards' faceKey). */
export interface CardFit {
  key: string;
  number: number;
  face: string;
  /** Body font size in points that fits, or the minimum when nothing does. */
  fontSize: number;
  /** Points of text below the card's bottom edge (or right edge) at that size; 0 when it fits. */
  overflow: number;
}

/**
 * Shrinks each card's text in the loaded page until it fits: a binary search in quarter points
 * from the start size down to CARD_FONT_MIN_PT, measured by the browser's own layout. Runs as
 * our code through evaluate; the page's own scripting stays off. Leaves the sizes set, so the
 * page can be printed as it is.
 */
export async function fitCards(page: Page, maxPt = CARD_FONT_MAX_PT, minPt = CARD_FONT_MIN_PT): Promise<CardFit[]> {
  return page.evaluate(
    (max: number, min: number) => {
      const PX_PER_PT = 96 / 72;
      const results: { key: string; number: number; face: string; fontSize: number; overflow: number }[] = [];
      for (const card of Array.from(document.querySelectorAll<HTMLElement>('.card[data-card]'))) {
        const body = card.querySelector<HTMLElement>('.card-body');
        if (!body) continue;
        // Overflow in px: how far the content runs past the box, down or sideways.
        const excess = () => Math.max(body.scrollHeight - body.clientHeight, body.scrollWidth - body.clientWidth, 0);
        const tryQuarter = (q: number) => {
          body.style.fontSize = `${q / 4}pt`;
          return excess() <= 0.5;
        };
        let lo = Math.round(min * 4);
        let hi = Math.round(max * 4);
        let size = hi;
        let overflow = 0;
        if (!tryQuarter(hi)) {
          if (!tryQuarter(lo)) {
            size = lo;
            overflow = excess() / PX_PER_PT;
          } else {
            // lo fits, hi does not: find the largest fitting quarter point in between.
            while (hi - lo > 1) {
              const mid = Math.floor((lo + hi) / 2);
              if (tryQuarter(mid)) lo = mid;
              else hi = mid;
            }
            size = lo;
          }
        }
        body.style.fontSize = `${size / 4}pt`;
        results.push({ key: card.dataset.card ?? '', number: Number(card.dataset.number), face: card.dataset.face ?? '', fontSize: size / 4, overflow: Math.round(overflow * 10) / 10 });
      }
      return results;
    },
    maxPt,
    minPt,
  );
}
