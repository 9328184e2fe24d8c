import type { Deck } from '../model/deck.js';
import type { GuidePart, GuideSlice } from '../render/render-guide.js';
import { NEW_PAGE_FILL } from './plan-section-breaks.js';

/** Where a question of a measured part starts: its page in the part and how far down it (0–1). */
export interface QuestionStart {
  page: number;
  top: number;
}

/** A question opening its page sits this close to the top (its margin is cut at an unforced break). */
const PAGE_TOP = 0.03;

/**
 * A guide printed in parts starts each part on a new page, so a part that ends on a thin page
 * leaves it mostly blank. The questions to hand on to the next part instead: from the one that
 * opens the last page, else from the last that starts on the page before it below the fill at
 * which a section goes on under another (that page then ends more than NEW_PAGE_FILL full). Index into the
 * part's questions, or undefined when the last page is full enough or no cut leaves it empty (a
 * question running over from higher up would stay behind alone on it).
 */
export function tailStart(starts: readonly (QuestionStart | undefined)[], count: number, lastFill: number): number | undefined {
  if (count < 2 || lastFill >= NEW_PAGE_FILL) return undefined;
  let k = starts.findIndex((s) => s?.page === count && s.top <= PAGE_TOP);
  if (k < 0) starts.forEach((s, i) => (k = s?.page === count - 1 && s.top >= NEW_PAGE_FILL ? i : k));
  return k > 0 ? k : undefined;
}

/**
 * How many pages a measured part keeps once its questions from `k` on are handed on: what follows
 * a box never moves it, so the rest keeps its layout and ends on the page before the first moved
 * question, or on that page when the question starts below its top. Saves loading the part again.
 */
export function pagesKept(starts: readonly (QuestionStart | undefined)[], k: number): number | undefined {
  const start = starts[k];
  if (!start) return undefined;
  return start.top <= PAGE_TOP ? start.page - 1 : start.page;
}

/** The part's questions in print order, as [section, index in section]. */
function questionsOf(part: GuidePart): [number, number][] {
  return part.slices.flatMap(({ section, from, to }) => Array.from({ length: to - from }, (_, i): [number, number] => [section, from + i]));
}

/**
 * Where each of a part's questions starts, from the measured pages and tops of their ids; the
 * first question of a section that the part opens starts where its section (heading, intro) does.
 */
export function questionStarts(
  deck: Deck,
  part: GuidePart,
  pages: ReadonlyMap<string, number>,
  tops: ReadonlyMap<string, number>,
): (QuestionStart | undefined)[] {
  return questionsOf(part).map(([section, index]) => {
    const id = index === 0 ? deck.sections[section].id : deck.sections[section].questions[index].id;
    const page = pages.get(id);
    const top = tops.get(id);
    return page === undefined || top === undefined ? undefined : { page, top };
  });
}

/** Adjacent slices of one section become one. */
function joined(slices: GuideSlice[]): GuideSlice[] {
  const out: GuideSlice[] = [];
  for (const slice of slices) {
    const last = out[out.length - 1];
    if (last && last.section === slice.section && last.to === slice.from) out[out.length - 1] = { ...last, to: slice.to };
    else out.push({ ...slice });
  }
  return out;
}

/** The part's questions from index `k` on, moved to the start of the next part. */
export function moveTail(part: GuidePart, next: GuidePart, k: number): [GuidePart, GuidePart] {
  const kept: GuideSlice[] = [];
  const moved: GuideSlice[] = [];
  let seen = 0;
  for (const slice of part.slices) {
    const cut = Math.min(slice.to, Math.max(slice.from, slice.from + k - seen));
    if (cut > slice.from) kept.push({ ...slice, to: cut });
    if (cut < slice.to) moved.push({ ...slice, from: cut });
    seen += slice.to - slice.from;
  }
  return [
    { ...part, slices: kept },
    { ...next, slices: joined([...moved, ...next.slices]) },
  ];
}

/** A combined guide's deck part opens a page of its own: nothing gained by moving a tail before it. */
export function opensDeckPart(deck: Deck, part: GuidePart): boolean {
  const first = part.slices[0];
  const section = first && deck.sections[first.section];
  return !!section && first.from === 0 && section.part?.id === section.id;
}
