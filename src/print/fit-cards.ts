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
 * A few cards (one in twenty, at least one) whose text is far longer than the rest's do not set
 * the deck's size when leaving them out raises it by a point and a tenth at least. They print at
 * the largest size they fit at, with a warning naming them. One overlong answer had shrunk all
 * the others (a business-card deck set at 8 pt where nine of its ten cards fit at 9.75 pt).
 */
const OUTLIER_SHARE = 1 / 20;
const OUTLIER_GAIN_QUARTERS = 4;
const OUTLIER_GAIN_RATIO = 1.1;
/** Fewer cards of a kind than this share their size whatever their lengths: there are no "others" to protect. */
const OUTLIER_MIN_CARDS = 4;

/**
 * Sets one text size for every card of the loaded page: for each kind of face the largest
 * quarter point from `maxPt` down to `minPt` at which every card fits (but for a few outliers,
 * see OUTLIER_SHARE), measured by the browser's own layout. A card that does not fit at the
 * deck's size prints at the largest size it fits at; one that overflows even at `minPt` prints
 * there with its overflow reported. With `fixed`, those sizes are used as they are (the parts
 * of a large deck share the size found over all parts). Runs as our code through evaluate; the
 * page's own scripting stays off. Leaves the sizes set, so the page can be printed.
 */
export async function fitCards(page: Page, maxPt: number, minPt = CARD_FONT_MIN_PT, fixed?: DeckSizes): Promise<{ fits: CardFit[]; sizes: DeckSizes }> {
  return page.evaluate(
    (max: number, min: number, given: Record<string, number>, outlier: { share: number; gain: number; ratio: number; minCards: number }) => {
      const PX_PER_PT = 96 / 72;
      const cards = Array.from(document.querySelectorAll<HTMLElement>('.card[data-card]')).filter((card) => card.querySelector('.card-body'));
      const groupOf = (card: HTMLElement) => (card.dataset.face === 'front' ? 'question' : 'answer');
      const bodyOf = (card: HTMLElement) => card.querySelector<HTMLElement>('.card-body')!;
      // Overflow in px: how far the content runs past the box, down or sideways.
      const excess = (body: HTMLElement) => Math.max(body.scrollHeight - body.clientHeight, body.scrollWidth - body.clientWidth, 0);
      const fitsAt = (card: HTMLElement, quarter: number) => {
        card.style.fontSize = `${quarter / 4}pt`;
        return excess(bodyOf(card)) <= 0.5;
      };
      const lo = Math.round(min * 4);
      const hi = Math.round(max * 4);
      /** The largest quarter point below `bad` (which does not fit) down to lo at which the card fits. */
      const ownSize = (card: HTMLElement, bad: number) => {
        let good = lo;
        while (bad - good > 1) {
          const mid = Math.floor((good + bad) / 2);
          if (fitsAt(card, mid)) good = mid;
          else bad = mid;
        }
        return good;
      };
      // The size lowered card by card: a card that fits at the current size costs one layout;
      // one that does not is searched below it, and its own size is kept. A card that does not
      // fit even at lo does not pull the size down.
      const lowest = (group: HTMLElement[], skip: Set<HTMLElement>) => {
        let size = hi;
        const own = new Map<HTMLElement, number>();
        for (const card of group) {
          if (skip.has(card) || fitsAt(card, size) || !fitsAt(card, lo)) continue;
          size = ownSize(card, size);
          own.set(card, size);
        }
        return { size, own };
      };
      const sizes: Record<string, number> = {};
      for (const [group, pt] of Object.entries(given)) sizes[group] = Math.round(pt * 4);
      for (const group of ['question', 'answer']) {
        const members = cards.filter((card) => groupOf(card) === group);
        if (group in sizes || members.length === 0) continue;
        const all = lowest(members, new Set());
        sizes[group] = all.size;
        if (members.length < outlier.minCards || all.own.size === 0) continue;
        // The cards that needed the smallest sizes, as many as the share allows: does the deck
        // gain enough without them?
        const allowed = Math.max(1, Math.floor(members.length * outlier.share));
        const outliers = new Set(
          [...all.own.entries()]
            .sort((a, b) => a[1] - b[1])
            .slice(0, allowed)
            .map(([card]) => card),
        );
        const rest = lowest(members, outliers);
        if (rest.size - all.size >= outlier.gain && rest.size >= all.size * outlier.ratio) sizes[group] = rest.size;
      }
      const results: { key: string; number: number; face: string; fontSize: number; overflow: number }[] = [];
      for (const card of cards) {
        const size = sizes[groupOf(card)] ?? hi;
        let quarter = size;
        if (!fitsAt(card, size)) quarter = fitsAt(card, lo) ? ownSize(card, size) : lo;
        card.style.fontSize = `${quarter / 4}pt`;
        const overflow = excess(bodyOf(card));
        results.push({
          key: card.dataset.card ?? '',
          number: Number(card.dataset.number),
          face: card.dataset.face ?? '',
          fontSize: quarter / 4,
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
    { share: OUTLIER_SHARE, gain: OUTLIER_GAIN_QUARTERS, ratio: OUTLIER_GAIN_RATIO, minCards: OUTLIER_MIN_CARDS },
  );
}
