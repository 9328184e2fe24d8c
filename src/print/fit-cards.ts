import type { Page } from 'puppeteer-core';

/** The legibility floor of card text. */
export const CARD_FONT_MIN_PT = 7;

/** Which text a face carries: flash fronts hold the question alone, every other face the answer. */
export type FaceGroup = 'question' | 'answer';

/** The outcome for one card face (keyed like render-cards' faceKey). */
export interface CardFit {
  key: string;
  number: number;
  face: string;
  /** Body font size in points: the deck's size for this kind of face. */
  fontSize: number;
  /** Points of text below the card's bottom edge (or right edge) at that size; 0 when it fits. */
  overflow: number;
}

/** One text size per kind of face for the whole deck (flash fronts apart from answers). */
export type DeckSizes = Partial<Record<FaceGroup, number>>;

/**
 * Sets one text size for every card of the loaded page: for each kind of face the largest
 * quarter point from `maxPt` down to `minPt` at which every card fits, measured by the
 * browser's own layout. A card that overflows even at `minPt` does not pull the deck down: it
 * prints at `minPt` with its overflow reported. With `fixed`, those sizes are used as they are
 * (the parts of a large deck share the size found over all parts). Runs as our code through
 * evaluate; the page's own scripting stays off. Leaves the sizes set, so the page can be printed.
 */
export async function fitCards(page: Page, maxPt: number, minPt = CARD_FONT_MIN_PT, fixed?: DeckSizes): Promise<{ fits: CardFit[]; sizes: DeckSizes }> {
  return page.evaluate(
    (max: number, min: number, given: Record<string, number>) => {
      const PX_PER_PT = 96 / 72;
      const cards = Array.from(document.querySelectorAll<HTMLElement>('.card[data-card]'));
      const groupOf = (card: HTMLElement) => (card.dataset.face === 'front' ? 'question' : 'answer');
      const bodyOf = (card: HTMLElement) => card.querySelector<HTMLElement>('.card-body');
      // Overflow in px: how far the content runs past the box, down or sideways.
      const excess = (body: HTMLElement) => Math.max(body.scrollHeight - body.clientHeight, body.scrollWidth - body.clientWidth, 0);
      const fitsAt = (card: HTMLElement, body: HTMLElement, quarter: number) => {
        card.style.fontSize = `${quarter / 4}pt`;
        return excess(body) <= 0.5;
      };
      const lo = Math.round(min * 4);
      // The deck's size per group, lowered card by card: a card that fits at the current size
      // costs one layout; one that does not is searched below it.
      const sizes: Record<string, number> = {};
      for (const [group, pt] of Object.entries(given)) sizes[group] = Math.round(pt * 4);
      const searched = new Set(Object.keys(sizes));
      for (const card of cards) {
        const body = bodyOf(card);
        const group = groupOf(card);
        if (!body || (searched.has(group) && group in given)) continue;
        const current = sizes[group] ?? Math.round(max * 4);
        if (fitsAt(card, body, current)) {
          sizes[group] = current;
          continue;
        }
        if (!fitsAt(card, body, lo)) {
          sizes[group] = current;
          continue;
        }
        let good = lo;
        let bad = current;
        while (bad - good > 1) {
          const mid = Math.floor((good + bad) / 2);
          if (fitsAt(card, body, mid)) good = mid;
          else bad = mid;
        }
        sizes[group] = good;
      }
      const results: { key: string; number: number; face: string; fontSize: number; overflow: number }[] = [];
      for (const card of cards) {
        const body = bodyOf(card);
        if (!body) continue;
        const size = sizes[groupOf(card)] ?? Math.round(max * 4);
        let fontSize = size / 4;
        card.style.fontSize = `${fontSize}pt`;
        let overflow = excess(body);
        if (overflow > 0.5) {
          fontSize = lo / 4;
          card.style.fontSize = `${fontSize}pt`;
          overflow = excess(body);
        }
        results.push({
          key: card.dataset.card ?? '',
          number: Number(card.dataset.number),
          face: card.dataset.face ?? '',
          fontSize,
          overflow: overflow > 0.5 ? Math.round((overflow / PX_PER_PT) * 10) / 10 : 0,
        });
      }
      const found: Record<string, number> = {};
      for (const [group, quarter] of Object.entries(sizes)) found[group] = quarter / 4;
      return { fits: results, sizes: found };
    },
    maxPt,
    minPt,
    (fixed ?? {}) as Record<string, number>,
  );
}
