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
  /** Text size in points: the deck's size for this kind of face, or under it where the text does not fit (its furniture stays at the deck's). */
  fontSize: number;
  /** Points of text below the card's bottom edge (or right edge) at that size; 0 when it fits. */
  overflow: number;
  /** A flash front's question scale, in ems of the card's size, when stepped down from the usual to fit (FRONT_QUESTION_EMS). */
  questionEm?: number;
  /** A flash front whose scenario was set in the regular weight to fit (the mark align-long-fronts.ts sets). */
  split?: boolean;
}

/** One text size per kind of face for the whole deck (flash fronts apart from answers). */
export type DeckSizes = Partial<Record<FaceGroup, number>>;

/**
 * An uneven deck (many short answers, a few long ones) takes its size from most of its cards, not
 * from its longest: up to one card in ten (one at least, in a deck of OUTLIER_MIN_CARDS or more)
 * may be set smaller when leaving them out raises the deck's size by a point and a tenth at least.
 * One long answer had set a whole deck of short ones at its size, half of each card left empty.
 */
const OUTLIER_SHARE = 1 / 10;
const OUTLIER_GAIN_QUARTERS = 4;
const OUTLIER_GAIN_RATIO = 1.1;
/** Fewer cards of a kind than this share their size whatever their lengths: there are no "others" to protect. */
const OUTLIER_MIN_CARDS = 4;
/**
 * A card set apart takes one of two steps under the deck's size, a minor third apart (12 → 10 →
 * 8.25 pt), the largest it fits at: a few sizes each clearly smaller read as meant, a card a
 * quarter point under its neighbours as a mistake, and one at half their size as another deck.
 * The deck's size is lowered until its long cards fit the last step; only when the parts of a
 * large deck share a size may a card fit neither, and print at its own largest size. Each card
 * set apart is named, so its answer can be shortened. Only its text steps down: its number, badge
 * and footer stay at the deck's size, as on every other card (the deck's size is lowered until its
 * long cards fit the last step so).
 */
const STEP_RATIO = 1.2;
const STEPS = 2;
/**
 * Setting one more card apart must be worth it: the size kept is the smallest of the sizes the
 * share allows that comes within this ratio of the largest (a card set apart for a quarter point
 * more is not).
 */
const NEAR_BEST_RATIO = 0.97;
/**
 * A flash front's question prints at 1.45 em (styles/cards.css); one that overflows even at the
 * floor steps its scale down through these before any of its lines is clipped, then sets its
 * scenario in the regular weight (card-split-front, where render/long-questions.ts split it): a
 * question at 1 em of 7 pt is still read, a last line cut off by the foot is not. Only then does it
 * print clipped, with its overflow reported.
 */
const FRONT_QUESTION_EMS = [1.2, 1];
/** A flash front's question scale, in ems of the card's size, as styles/cards.css sets it. */
export const FRONT_QUESTION_EM = 1.45;
const SPLIT_FRONT = 'card-split-front';

/**
 * Sets the card text sizes of the loaded page: for each kind of face one deck size, the largest
 * quarter point from `maxPt` down to `minPt` at which all its cards fit but for a few long ones
 * (OUTLIER_SHARE), measured by the browser's own layout. A card that does not fit at the deck's
 * size takes the largest of the steps under it (STEP_RATIO) it fits at, else its own largest size,
 * for its text (.card-text) alone: the card, and so its furniture, keeps the deck's size (one for
 * both faces of flash cards: the smaller of the two deck sizes, so a card's front and back show the
 * same number and footer);
 * one that overflows even at `minPt` prints there, a flash front's question first stepped down
 * (FRONT_QUESTION_EMS) and its scenario set regular, with what still overflows reported. With `fixed`, those
 * deck sizes are used as they are (the parts of a large deck share the size found over all
 * parts). Runs as our code through evaluate; the page's own scripting stays off. Leaves the sizes
 * set, so the page can be printed. With `sizesOnly`, only the deck sizes are found (no card is set
 * to its own size, `fits` is empty): the page is then not meant for printing.
 */
export async function fitCards(
  page: Page,
  maxPt: number,
  minPt = CARD_FONT_MIN_PT,
  fixed?: DeckSizes,
  sizesOnly = false,
): Promise<{ fits: CardFit[]; sizes: DeckSizes }> {
  return page.evaluate(
    (max: number, min: number, given: Record<string, number>, rule: typeof FIT_RULE, onlySizes: boolean) => {
      const PX_PER_PT = 96 / 72;
      const cards = Array.from(document.querySelectorAll<HTMLElement>('.card[data-card]')).filter((card) => card.querySelector('.card-body'));
      const groupOf = (card: HTMLElement) => (card.dataset.face === 'front' ? 'question' : 'answer');
      const bodyOf = (card: HTMLElement) => card.querySelector<HTMLElement>('.card-body')!;
      // Overflow in px: how far the content runs past the box, down or sideways.
      const excess = (body: HTMLElement) => Math.max(body.scrollHeight - body.clientHeight, body.scrollWidth - body.clientWidth, 0);
      const textOf = (card: HTMLElement) => card.querySelector<HTMLElement>('.card-text');
      // The furniture's size (number, badge, footer) while a card's text is set at another: the
      // deck's, so only the text differs; undefined while the deck's size is sought.
      let frame: number | undefined;
      const fitsAt = (card: HTMLElement, quarter: number) => {
        const text = textOf(card);
        if (frame === undefined || quarter === frame) {
          card.style.fontSize = `${quarter / 4}pt`;
          if (text) text.style.fontSize = '';
        } else {
          card.style.fontSize = `${frame / 4}pt`;
          if (text) text.style.fontSize = `${quarter / 4}pt`;
        }
        return excess(bodyOf(card)) <= 0.5;
      };
      const lo = Math.round(min * 4);
      const hi = Math.round(max * 4);
      /**
       * The largest quarter point below `bad` (which does not fit) down to lo at which the card fits
       * (it fits at lo). Searched down from `bad` in widening steps first: a card's size is most
       * often a little under the size that failed.
       */
      const ownSize = (card: HTMLElement, bad: number) => {
        let good = lo;
        for (let step = 1; bad - step > lo; step *= 2) {
          if (fitsAt(card, bad - step)) {
            good = bad - step;
            break;
          }
          bad -= step;
        }
        while (bad - good > 1) {
          const mid = Math.floor((good + bad) / 2);
          if (fitsAt(card, mid)) good = mid;
          else bad = mid;
        }
        return good;
      };
      /**
       * The `keep` smallest sizes the group's cards fit at, smallest first, in one pass: a card that
       * fits at the largest of those kept so far costs one layout; one that does not is searched
       * below it. A card that does not fit even at lo is left out: no size makes it fit.
       */
      const smallest = (group: HTMLElement[], keep: number) => {
        const kept: number[] = [];
        for (const card of group) {
          const limit = kept.length < keep ? hi : kept[kept.length - 1];
          if (fitsAt(card, limit) || !fitsAt(card, lo)) continue;
          kept.push(ownSize(card, limit));
          kept.sort((a, b) => a - b);
          if (kept.length > keep) kept.pop();
        }
        return kept;
      };
      /** The steps under a deck size, in quarter points, largest first, none under lo. */
      const stepsUnder = (size: number) => Array.from({ length: rule.steps }, (_, i) => Math.max(lo, Math.floor(size / rule.step ** (i + 1))));
      const sizes: Record<string, number> = {};
      for (const [group, pt] of Object.entries(given)) sizes[group] = Math.round(pt * 4);
      for (const group of ['question', 'answer']) {
        const members = cards.filter((card) => groupOf(card) === group);
        if (group in sizes || members.length === 0) continue;
        const apart = members.length < rule.minCards ? 0 : Math.max(1, Math.floor(members.length * rule.share));
        // kept[i]: the deck's size with i cards set apart (hi once none is left to set apart).
        const kept = [...smallest(members, apart + 1), hi].slice(0, apart + 1);
        const best = kept[kept.length - 1];
        let chosen = kept.find((size) => size >= best * rule.near) ?? best;
        // No card set apart further than the last step down: the deck's size comes down to that.
        while (chosen > kept[0] && stepsUnder(chosen)[rule.steps - 1] > kept[0]) chosen--;
        const all = kept[0];
        const worth = (size: number) => size - all >= rule.gain && size >= all * rule.ratio;
        let size = worth(chosen) ? chosen : all;
        if (size > all) {
          // A card set apart keeps its number, badge and footer at the deck's size, so has less room
          // for its text than when measured whole: the deck's size comes down until each such card
          // fits the last step under it that way.
          const setApart = members.filter((card) => !fitsAt(card, size) && fitsAt(card, lo));
          const fitsLastStep = (at: number) => {
            frame = at;
            const last = stepsUnder(at)[rule.steps - 1];
            const ok = setApart.every((card) => fitsAt(card, at) || fitsAt(card, last));
            frame = undefined;
            return ok;
          };
          while (size > all && !fitsLastStep(size)) size--;
          if (!worth(size)) size = all;
        }
        sizes[group] = size;
      }
      const found: Record<string, number> = {};
      for (const [group, quarter] of Object.entries(sizes)) found[group] = quarter / 4;
      if (onlySizes) return { fits: [], sizes: found };
      // One furniture size for the deck, the smaller of its kinds of faces' (render-cards.ts
      // cardFurnitureSize): a flash card's front and back show the same number and footer. Smaller
      // furniture leaves the larger faces more room, never less, so each still fits at its size.
      const furniture = Math.min(...Object.values(sizes));
      const results: { key: string; number: number; face: string; fontSize: number; overflow: number; questionEm?: number; split?: boolean }[] = [];
      for (const card of cards) {
        const size = sizes[groupOf(card)] ?? hi;
        frame = Math.min(furniture, size);
        let quarter = size;
        if (!fitsAt(card, size)) {
          const steps = stepsUnder(size).filter((step) => step < size);
          const step = steps.find((s) => fitsAt(card, s));
          quarter = step ?? (fitsAt(card, lo) ? ownSize(card, steps.length ? steps[steps.length - 1] : size) : lo);
        }
        fitsAt(card, quarter);
        let overflow = excess(bodyOf(card));
        // A front too long even at the floor: its question smaller, then its scenario regular, before a line is clipped.
        const question = card.dataset.face === 'front' ? card.querySelector<HTMLElement>('.card-question') : null;
        let questionEm: number | undefined;
        let split = false;
        for (const em of question && overflow > 0.5 ? rule.frontEms : []) {
          question!.style.fontSize = `${em}em`;
          questionEm = em;
          overflow = excess(bodyOf(card));
          if (overflow <= 0.5) break;
        }
        if (overflow > 0.5 && question?.querySelector('.q-scenario[data-over]') && !card.classList.contains(rule.split)) {
          card.classList.add(rule.split);
          split = true;
          overflow = excess(bodyOf(card));
        }
        results.push({
          key: card.dataset.card ?? '',
          number: Number(card.dataset.number),
          face: card.dataset.face ?? '',
          fontSize: quarter / 4,
          overflow: overflow > 0.5 ? Math.round((overflow / PX_PER_PT) * 10) / 10 : 0,
          ...(questionEm === undefined ? {} : { questionEm }),
          ...(split ? { split } : {}),
        });
      }
      return { fits: results, sizes: found };
    },
    maxPt,
    minPt,
    (fixed ?? {}) as Record<string, number>,
    FIT_RULE,
    sizesOnly,
  );
}

const FIT_RULE = {
  share: OUTLIER_SHARE,
  gain: OUTLIER_GAIN_QUARTERS,
  ratio: OUTLIER_GAIN_RATIO,
  minCards: OUTLIER_MIN_CARDS,
  step: STEP_RATIO,
  steps: STEPS,
  near: NEAR_BEST_RATIO,
  frontEms: FRONT_QUESTION_EMS,
  split: SPLIT_FRONT,
};
