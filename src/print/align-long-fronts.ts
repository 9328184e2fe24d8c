import type { Page } from 'puppeteer-core';

/** A flash front's question of more lines than this is set flush left rather than centred. */
const CENTRED_LINES = 3;

/** The class that sets a card's front question flush left (styles/cards.css), in print and on screen. */
const LONG_FRONT = 'card-long-front';
/** The class that sets a front question's scenario in the regular weight (styles/cards.css). */
const SPLIT_FRONT = 'card-split-front';

/** The cards marked, by key (faceKey): fronts set flush left, fronts with their scenario set apart. */
export interface FrontMarks {
  longFronts: string[];
  splitFronts: string[];
}

/**
 * Marks each flash card front whose question runs to more than CENTRED_LINES lines (class
 * LONG_FRONT, which styles/cards.css sets flush left): centred, a scenario question of seventy
 * words printed as nine lines of bold each starting somewhere else, hard to read as the paragraph
 * it is. A short question stays centred. Runs once the cards are fitted (fitCards): the alignment
 * moves no line to another, so every card still fits. Returns the marked cards' keys, for
 * cards.html to mark the same (render-cards.ts): the screen sets the fronts as the paper does.
 * Likewise a question split where its scenario ends (render/long-questions.ts, markQuestionSplit)
 * running to more lines than its split asks (`data-over`: two, a heading of one sentence three)
 * gets its scenario in the regular weight, as the guide and the quiz set it; counted in bold, as
 * fitted, and the regular weight only narrows the lines.
 */
export async function alignLongFronts(page: Page): Promise<FrontMarks> {
  return page.evaluate(
    (most: number, long: string, split: string) => {
      const marks = { longFronts: [] as string[], splitFronts: [] as string[] };
      const toMark: [HTMLElement, string][] = [];
      for (const question of document.querySelectorAll<HTMLElement>('.card-front .card-question')) {
        const lineHeight = parseFloat(getComputedStyle(question).lineHeight);
        const card = question.closest<HTMLElement>('.card');
        if (!card || !(lineHeight > 0)) continue;
        const lines = Math.round(question.getBoundingClientRect().height / lineHeight);
        const over = Number(question.querySelector<HTMLElement>('.q-scenario[data-over]')?.dataset.over);
        // A front fitted with its scenario regular (print/fit-cards.ts, too long even at the floor) keeps it.
        if (card.classList.contains(split) || (over > 0 && lines > over)) {
          marks.splitFronts.push(card.dataset.card ?? '');
          toMark.push([card, split]);
        }
        if (lines > most) {
          marks.longFronts.push(card.dataset.card ?? '');
          toMark.push([card, long]);
        }
      }
      // Marked once every front is measured, in bold as fitted: a scenario set regular narrows its own lines.
      for (const [card, mark] of toMark) card.classList.add(mark);
      return marks;
    },
    CENTRED_LINES,
    LONG_FRONT,
    SPLIT_FRONT,
  );
}
