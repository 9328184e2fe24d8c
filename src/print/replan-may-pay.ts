import type { PredictedPages } from './predict-pages.js';
import { NEW_PAGE_FILL } from './plan-section-breaks.js';

/** A chapter of the loaded guide as the plan reads it (plan-section-breaks.ts, measurePlan). */
export interface Chapter {
  /** An id whose last fragment ends where the chapter ends (its own, else its last block's); none when it has neither. */
  end?: string;
  /** Its id, where its first fragment starts; none for the rest of a section begun in the part before. */
  start?: string;
  /** Closing notes or the last chapter with questions: the plan runs it on under any page it fits whole under. */
  closing: boolean;
  /** A part's title page or the section under it: the plan runs these on by rules of their own. */
  part: boolean;
}

/**
 * How much fuller than NEW_PAGE_FILL a page may read here and still be one the plan would run the
 * next chapter on under: the plan measures the chapters in columns of its own, which may end a
 * chapter a few lines away from where the trial's prediction ends it.
 */
const FILL_SLACK = 0.05;

/**
 * Whether planning the chapters again may win back the page that a way of keeping a box cost
 * under the plan as it stands (keep-boxes-with-answers.ts), read on the trial's pages: the plan
 * made again decides alike for every chapter up to the question's (the text before it did not
 * move), so only a chapter after it that opens a page of its own can go on under the one before,
 * and only when that page is left short enough (NEW_PAGE_FILL), or it opens a part, or it closes the
 * guide and fits whole on a page (the plan runs those on by rules of their own). A chapter that runs on now and would not then takes a page more, never one less. When
 * none can, planning again (a whole plan measured, the pages laid out twice) would only confirm the
 * page more: the generated 1,000-question guide planned again 16 times for one box kept, 9 of them
 * where no chapter after the question could run on. `from` is the index
 * in `chapters` of the question's chapter. Unsure (an id unread): true.
 */
export function replanMayPay(trial: PredictedPages, chapters: readonly Chapter[], from: number): boolean {
  for (let k = from + 1; k < chapters.length; k++) {
    const [before, chapter] = [chapters[k - 1], chapters[k]];
    if (!before.end || !chapter.start) return true;
    const [end, start, fill] = [trial.endPages.get(before.end), trial.pages.get(chapter.start), trial.bottoms.get(before.end)];
    if (end === undefined || start === undefined || fill === undefined) return true;
    if (start <= end) continue;
    if (chapter.part || fill <= NEW_PAGE_FILL + FILL_SLACK) return true;
    // Closing notes run on under a fuller page only when they fit whole under it: not when they fill more than a page.
    const last = chapter.end === undefined ? undefined : trial.endPages.get(chapter.end);
    if (chapter.closing && (last === undefined || last === start)) return true;
  }
  return false;
}
