import type { Page } from 'puppeteer-core';
import { NEW_PAGE_FILL } from './plan-section-breaks.js';
import { holdColumns, predictPages, type PageSize, type PredictedPages } from './predict-pages.js';
import { evaluateInPrint } from './print-media.js';
import { MIN_LABEL_PX } from '../render/diagram-fit.js';

/** A page's foot left blank above a figure sent to the next page, as a share of the text area, that is a hole worth closing. */
const HOLE = 1 - NEW_PAGE_FILL;

/** The least share of its size a diagram may shrink to, to stay on its page with its lead-in. */
const MOST_SHRINK = 0.85;
/** Halvings of the range between the least size that fits and its own in search of the largest that fits. */
const SHRINK_STEPS = 4;

/** Blocks of its answer, nearest first, a figure may rise above. */
const MOST_CANDIDATES = 8;

/**
 * A figure that moved: the `figure`-th of the answers' figures (in document order, when it moved)
 * went `up` blocks, or below -`up` blocks when negative; with `items`, into the list that follows
 * it, after that many of its items (the list cut in two there).
 */
export interface FigureMove {
  figure: number;
  up: number;
  items?: number;
  /** Its drawing set at this size (CSS pixels), a little smaller, to end the page its lead-in ends. */
  size?: DrawingSize;
}

/** A diagram's drawing's size on the page, in CSS pixels. */
interface DrawingSize {
  width: number;
  height: number;
}

/** The answers' figures, in document order. */
// A turned diagram floats beside the text (diagrams.css): the text after it fills its page whatever its place.
const FIGURES = '.full-answer > figure:not(.diagram-turned)';

/** A figure of a guide answer, named for the measure (ids given where they lacked one). */
interface Figure {
  /** The figure, or its lead-in when one introduces it (the two move together). */
  first: string;
  figure: string;
  /** What ends before it in the flow: its answer's block before it, else what precedes the answer. */
  before: string;
  /** What follows it in the flow: its answer's next block, else the next question. */
  after?: string;
  /** Blocks of its answer before it, nearest first, with what ends before each and how many blocks up each is: where it may rise to. */
  rises: { block: string; before: string; up: number }[];
  /** Blocks of its answer after it, nearest first, it may sink below (with what follows each): for a figure with no room above it. */
  sinks: { block: string; next?: string }[];
  /** Its place among the answers' figures. */
  index: number;
  /** It opens its answer right under the question's "In short" box (`before`): a box left at a page's foot over it calls for a move as a hole does. */
  underBox?: boolean;
  /** The list right after it, when it has items to spare: the figure may go in among them, and the id its first items take as a list of their own. */
  list?: { id: string; head: string; items: number };
  /**
   * The name a section plan gives the page its answer's first blocks share (the contents' page,
   * `front`), when the figure's own answer starts the next page: blocks sunk above it join that
   * page, named as it is, until the plan is made again on the moved text.
   */
  carry?: string;
}

/**
 * Lets a diagram that does not fit in the room left on its page rise above the text of its own
 * answer that starts there, as a book floats a figure to the top of the page: kept whole (its
 * labels at 7 pt), it was sent to the next page and left a hole, the infrastructure guide's page 14
 * half blank under the VPC list the diagram follows. Each figure of an answer that leaves more than
 * HOLE of its page blank is tried above each earlier block of its answer, nearest first, and stays
 * at the first place that leaves no such hole there, at its old place, nor adds a page. A figure
 * with no such place above (one that opens its answer has none) is tried below each later block of
 * its answer instead, so that text fills the page and the figure opens the next; else it stays
 * where it was. A figure in a question whose page a section plan names is left (the plan's rules
 * count that question's blocks). Runs as our code in the loaded page once a section plan is
 * applied (lay-out-body.ts plans again after a move). Returns the moves, for a later load of the
 * same guide to make without measuring (applyFigureMoves).
 */
export async function floatFigures(page: Page, size: PageSize): Promise<FigureMove[]> {
  const figures = await evaluateInPrint(page, nameFigures, FIGURES, MOST_CANDIDATES);
  const moves: FigureMove[] = [];
  if (!figures.length) return moves;
  const ids = [
    ...new Set(
      figures.flatMap((f) => [
        f.first,
        f.figure,
        f.before,
        ...(f.after ? [f.after] : []),
        ...f.rises.flatMap((r) => [r.block, r.before]),
        ...f.sinks.flatMap((d) => [d.block, ...(d.next ? [d.next] : [])]),
        ...(f.list ? [f.list.head] : []),
      ]),
    ),
  ];
  // Each place tried is laid out again in the columns from where it changed (holdColumns).
  return holdColumns(page, async () => {
    let found = await predictPages(page, size, ids);
    try {
      for (const f of figures) {
        if ('unmodelled' in found) return moves;
        if (holeBetween(found, f.before, f.first) <= HOLE && !(f.underBox && boxLeftAbove(found, f))) continue;
        // Kept where it is, its lead-in over it, a little smaller when that brings both onto the page.
        const shrunk = await shrinkToPage(page, size, ids, f, found);
        if (shrunk) {
          found = shrunk.found;
          moves.push({ figure: f.index, up: 0, size: shrunk.size });
          continue;
        }
        for (const rise of f.rises) {
          await page.evaluate(moveBefore, f.first, f.figure, rise.block);
          const again = await predictPages(page, size, ids);
          const fits =
            !('unmodelled' in again) &&
            again.count <= found.count &&
            holeBetween(again, rise.before, f.first) <= HOLE &&
            holeBetween(again, f.figure, rise.block) <= HOLE &&
            (!f.after || holeBetween(again, f.before, f.after) <= HOLE);
          if (fits) {
            found = again;
            moves.push({ figure: f.index, up: rise.up });
            break;
          }
          await page.evaluate(moveBefore, f.first, f.figure, f.after ?? null);
        }
        if (moves.at(-1)?.figure === f.index || !f.after) continue;
        // None: the text after it fills the page instead, the figure opening the next page. Of the
        // places below that leave no hole, the one that fills the page most; never further than that.
        const holePage = found.endPages.get(f.before);
        let best: { k: number; hole: number; found: PredictedPages } | undefined;
        for (const [k, sink] of f.sinks.entries()) {
          await page.evaluate(moveAfter, f.first, f.figure, sink.block, f.carry ?? null);
          const again = await predictPages(page, size, ids);
          await page.evaluate(moveBefore, f.first, f.figure, f.after);
          if ('unmodelled' in again || holePage === undefined || again.count > found.count) break;
          if (again.pages.get(f.first) !== holePage + 1) break;
          const hole = holeBetween(again, sink.block, f.first);
          const fits = holeBetween(again, f.before, f.after) <= HOLE && hole <= HOLE && (!sink.next || holeBetween(again, f.figure, sink.next) <= HOLE);
          if (fits && (!best || hole < best.hole)) best = { k, hole, found: again };
        }
        if (best) {
          await page.evaluate(moveAfter, f.first, f.figure, f.sinks[best.k].block, f.carry ?? null);
          found = best.found;
          moves.push({ figure: f.index, up: -(best.k + 1) });
          continue;
        }
        // Nor past a whole block: the list right after it (too long to end on the page) is cut
        // where its page ends, the figure opening the next page between its two halves.
        const cut = f.list && !f.carry && holePage !== undefined ? await cutListAt(page, size, ids, f, holePage, found) : undefined;
        if (cut) {
          found = cut.found;
          moves.push({ figure: f.index, up: 0, items: cut.items });
        }
      }
      return moves;
    } finally {
      await page.evaluate(() => {
        document.querySelectorAll('[data-sg-named]').forEach((el) => (el.removeAttribute('id'), el.removeAttribute('data-sg-named')));
        document.querySelectorAll('[data-sg-style]').forEach((el) => el.removeAttribute('data-sg-style'));
        // The plan made again names the blocks sunk onto a named page (lay-out-body.ts): theirs for the measure go.
        document.querySelectorAll<HTMLElement>('[data-sg-carry]').forEach((el) => (el.style.removeProperty('page'), el.removeAttribute('data-sg-carry')));
      });
    }
  });
}

/**
 * The largest size, down to MOST_SHRINK of its own and never with labels under MIN_LABEL_PX, at
 * which figure `f`'s drawing ends the page the text before it ends on, with its lead-in, adding no
 * page and leaving no hole after it; the drawing is left at that size, or as it was when there is none.
 * A flowchart sent overleaf for want of a few lines left its page a third blank.
 */
async function shrinkToPage(
  page: Page,
  size: PageSize,
  ids: string[],
  f: Figure,
  found: PredictedPages,
): Promise<{ size: DrawingSize; found: PredictedPages } | undefined> {
  const holePage = found.endPages.get(f.before);
  const drawing = await page.evaluate(measureDrawing, f.figure);
  if (holePage === undefined || !drawing) return undefined;
  const least = Math.max(MOST_SHRINK, MIN_LABEL_PX / drawing.labelPx);
  if (least >= 1) return undefined;
  const at = (k: number): DrawingSize => ({ width: drawing.width * k, height: drawing.height * k });
  const tryAt = async (k: number) => {
    await page.evaluate(sizeDrawing, f.figure, at(k));
    const again = await predictPages(page, size, ids);
    const fits =
      !('unmodelled' in again) &&
      again.count <= found.count &&
      again.pages.get(f.first) === holePage &&
      again.endPages.get(f.figure) === holePage &&
      (!f.after || holeBetween(again, f.figure, f.after) <= HOLE);
    return fits ? again : undefined;
  };
  let best = await tryAt(least);
  if (!best) {
    await page.evaluate(sizeDrawing, f.figure, null);
    return undefined;
  }
  let [lo, hi] = [least, 1];
  for (let step = 0; step < SHRINK_STEPS; step++) {
    const k = (lo + hi) / 2;
    const again = await tryAt(k);
    if (again) [lo, best] = [k, again];
    else hi = k;
  }
  await page.evaluate(sizeDrawing, f.figure, at(lo));
  return { size: at(lo), found: best };
}

/** Runs in the page: the size a figure's drawing prints at (CSS pixels) and its labels' size there, when it has a drawing. */
function measureDrawing(figure: string): { width: number; height: number; labelPx: number } | null {
  const svg = document.getElementById(figure)?.querySelector('svg');
  const box = svg?.getBoundingClientRect();
  const own = svg?.viewBox.baseVal;
  if (!svg || !box || !own || !own.width || !box.width || !box.height) return null;
  // Mermaid sets its labels' size on the drawing's root (16 px unless said), in the drawing's own units.
  return { width: box.width, height: box.height, labelPx: (parseFloat(getComputedStyle(svg).fontSize) || 16) * (box.width / own.width) };
}

/** Runs in the page: a figure's drawing set at `size` (CSS pixels), or back at the size its rules give it. */
function sizeDrawing(figure: string, size: { width: number; height: number } | null): void {
  const svg = document.getElementById(figure)?.querySelector('svg');
  if (!svg) return;
  if (!svg.hasAttribute('data-sg-style')) svg.setAttribute('data-sg-style', svg.getAttribute('style') ?? '');
  svg.setAttribute('style', svg.getAttribute('data-sg-style') ?? '');
  if (size) for (const [k, v] of Object.entries({ width: `${size.width}px`, height: `${size.height}px`, 'max-height': 'none' })) svg.style.setProperty(k, v);
  else svg.removeAttribute('data-sg-style');
}

/**
 * The most items of the list after figure `f` that end on page `holePage` with the figure opening
 * the next page (the pages grow with the items, so halving finds it), when that leaves no hole
 * and adds no page; the page is left cut there, or as it was when there is none.
 */
async function cutListAt(
  page: Page,
  size: PageSize,
  ids: string[],
  f: Figure,
  holePage: number,
  found: PredictedPages,
): Promise<{ items: number; found: PredictedPages } | undefined> {
  const list = f.list!;
  const tryCut = async (k: number) => {
    await page.evaluate(cutList, f.first, list.id, list.head, k);
    const again = await predictPages(page, size, ids);
    await page.evaluate(joinList, list.id, list.head);
    return again;
  };
  let [lo, hi] = [0, list.items];
  let best: PredictedPages | undefined;
  while (hi - lo > 1) {
    const k = (lo + hi) >> 1;
    const again = await tryCut(k);
    if ('unmodelled' in again) return undefined;
    if (again.pages.get(f.first) === holePage + 1 && again.pages.get(list.head) === holePage && again.endPages.get(list.head) === holePage)
      [lo, best] = [k, again];
    else hi = k;
  }
  if (!best) return undefined;
  const fits =
    best.count <= found.count &&
    holeBetween(best, f.before, list.head) <= HOLE &&
    holeBetween(best, list.head, f.first) <= HOLE &&
    holeBetween(best, f.figure, list.id) <= HOLE;
  if (!fits) return undefined;
  await page.evaluate(cutList, f.first, list.id, list.head, lo);
  return { items: lo, found: best };
}

/**
 * Whether the "In short" box over a figure that opens its answer ends a page, the figure (too tall
 * for the room under it) opening the next: the box is parted from its answer however small the
 * blank under it. The text after the figure then goes under the box, the figure opening the next
 * page among it, as a book floats a figure to the next page's top (the Letter infrastructure
 * guide's Q18: its box ended page 13, 92 % full, the VPC diagram overleaf; keeping the box with
 * the diagram took a page more).
 */
function boxLeftAbove(found: PredictedPages, f: Figure): boolean {
  const [box, figure] = [found.endPages.get(f.before), found.pages.get(f.first)];
  return box !== undefined && figure !== undefined && box < figure;
}

/** The blank at the foot of the page `before` ends on, when `next` starts on a later page; else 0. */
function holeBetween(found: PredictedPages, before: string, next: string): number {
  const [a, b] = [found.endPages.get(before), found.pages.get(next)];
  if (a === undefined || b === undefined || b <= a) return 0;
  return Math.max(0, 1 - (found.bottoms.get(before) ?? 1));
}

/** Runs in the page: the answers' figures and the blocks around them, each given an id if it had none. */
function nameFigures(selector: string, most: number): Figure[] {
  let n = 0;
  const name = (el: Element): string => {
    if (!el.id) {
      el.id = `sg-float-${n++}`;
      el.setAttribute('data-sg-named', '');
    }
    return el.id;
  };
  // What ends just before an element in the flow: its previous sibling, else its parent's.
  const ending = (el: Element): Element | null => {
    for (let e: Element | null = el; e && !e.matches('section.section'); e = e.parentElement) if (e.previousElementSibling) return e.previousElementSibling;
    return null;
  };
  const out: Figure[] = [];
  for (const [index, figure] of Array.from(document.querySelectorAll(selector)).entries()) {
    const question = figure.closest('article.question');
    const section = figure.closest('section.section');
    if (!question || !section) continue;
    // A section plan names the pages of the questions it shares with the chapter before (or the contents).
    const named = getComputedStyle(section).page;
    const pageOf = (el: Element) => getComputedStyle(el).page;
    const foreign = (el: Element) => pageOf(el) !== 'auto' && pageOf(el) !== named;
    const within = (el: Element) => [el, ...Array.from(el.querySelectorAll('*'))];
    const lead = figure.previousElementSibling?.matches('p.lead-in') ? figure.previousElementSibling : null;
    const first = lead ?? figure;
    const before = ending(first);
    if (!before) continue;
    // Its plan's rules name that question's first blocks, counting them: a figure there moves only
    // among the blocks after them, which print on the pages after the named one, and those sunk
    // above it join that page, named as it is (the statistics guide's page 2 ended 45 % full at the
    // change of name, the turned diagram and the text after it overleaf).
    const unnamed = (el: Element) => !within(el).some(foreign);
    if (!unnamed(first) || !unnamed(figure)) continue;
    const carry = foreign(before) ? pageOf(before) : undefined;
    const after = figure.nextElementSibling ?? question.nextElementSibling;
    const rises: Figure['rises'] = [];
    let up = 0;
    for (let b = first.previousElementSibling; b && rises.length < most && unnamed(b); b = b.previousElementSibling) {
      up++;
      // Never between a lead-in and what it introduces (a picture's "The picture below shows…:").
      if (b.previousElementSibling?.matches('p.lead-in')) continue;
      const end = ending(b);
      if (end) rises.push({ block: name(b), before: name(end), up });
    }
    const sinks: Figure['sinks'] = [];
    for (let b = figure.nextElementSibling; b && sinks.length < most && !b.matches('figure, p.lead-in'); b = b.nextElementSibling) {
      const next = b.nextElementSibling ?? question.nextElementSibling;
      sinks.push({ block: name(b), next: next ? name(next) : undefined });
    }
    const next = figure.nextElementSibling;
    const items = next?.matches('ul, ol') ? next.children.length : 0;
    const list = items > 1 ? { id: name(next!), head: `sg-float-head-${index}`, items } : undefined;
    // One with no block to rise above nor sink below may still shrink to stay on its page (shrinkToPage).
    out.push({
      first: name(first),
      figure: name(figure),
      before: name(before),
      after: after ? name(after) : undefined,
      rises,
      sinks,
      index,
      list,
      ...(carry ? { carry } : {}),
      ...(first === first.parentElement?.firstElementChild && before.matches('.in-short') ? { underBox: true } : {}),
    });
  }
  return out;
}

/** Runs in the page: the figure (with its lead-in, `first`) put before `target`, or at its answer's end. */
function moveBefore(first: string, figure: string, target: string | null): void {
  document.querySelectorAll<HTMLElement>('[data-sg-carry]').forEach((el) => (el.style.removeProperty('page'), el.removeAttribute('data-sg-carry')));
  const moving = [document.getElementById(first), document.getElementById(figure)].filter((el, i, all): el is HTMLElement => !!el && all.indexOf(el) === i);
  const to = target ? document.getElementById(target) : null;
  const answer = moving[0]?.parentElement;
  if (!answer) return;
  // Back at the end of its answer when what followed it is the next question.
  if (to && to.parentElement === answer) to.before(...moving);
  else answer.append(...moving);
}

/**
 * Runs in the page: the figure (with its lead-in, `first`) put after `target`, a later block of its
 * answer; with `carry`, the blocks now before it take that page name (Figure's `carry`).
 */
function moveAfter(first: string, figure: string, target: string, carry: string | null): void {
  const moving = [document.getElementById(first), document.getElementById(figure)].filter((el, i, all): el is HTMLElement => !!el && all.indexOf(el) === i);
  document.getElementById(target)?.after(...moving);
  if (!carry) return;
  for (let b = moving[0]?.previousElementSibling; b instanceof HTMLElement; b = b.previousElementSibling) {
    b.style.setProperty('page', carry);
    b.setAttribute('data-sg-carry', '');
  }
}

/**
 * Runs in the page: the first `k` items of list `listId` (just after the figure) taken into a copy
 * of it, id `head`, put before the figure; the rest numbered on where an ordered list is cut.
 */
function cutList(first: string, listId: string, head: string, k: number): void {
  const list = document.getElementById(listId);
  const start = document.getElementById(first);
  if (!list || !start) return;
  const top = list.cloneNode(false) as HTMLElement;
  top.id = head;
  top.setAttribute('data-sg-named', '');
  top.append(...Array.from(list.children).slice(0, k));
  start.before(top);
  if (list instanceof HTMLOListElement) {
    list.dataset.sgStart = list.getAttribute('start') ?? '';
    list.start = (list.start || 1) + k;
  }
}

/** Runs in the page: undoes cutList, the list whole again after the figure. */
function joinList(listId: string, head: string): void {
  const list = document.getElementById(listId);
  const top = document.getElementById(head);
  if (!list || !top) return;
  list.prepend(...Array.from(top.children));
  top.remove();
  if (list instanceof HTMLOListElement && list.dataset.sgStart !== undefined) {
    if (list.dataset.sgStart) list.setAttribute('start', list.dataset.sgStart);
    else list.removeAttribute('start');
    delete list.dataset.sgStart;
  }
}

/**
 * Makes the moves a measured load found (floatFigures) in a load of the same guide, where nothing
 * is measured: a later pass prints the same page as the first.
 */
export async function applyFigureMoves(page: Page, moves: readonly FigureMove[]): Promise<void> {
  if (!moves.length) return;
  await page.evaluate(
    (selector: string, list: FigureMove[]) => {
      for (const { figure, up, items, size } of list) {
        const el = document.querySelectorAll(selector)[figure];
        if (!el) continue;
        // As shrinkToPage left it: its drawing a little smaller.
        const svg = el.querySelector('svg');
        if (size && svg) {
          for (const [k, v] of Object.entries({ width: `${size.width}px`, height: `${size.height}px`, 'max-height': 'none' })) svg.style.setProperty(k, v);
          continue;
        }
        const after = el.nextElementSibling;
        if (items && after?.matches('ul, ol')) {
          // As cutList: the list's first items in a copy of it before the figure (and its lead-in).
          const top = after.cloneNode(false) as HTMLElement;
          top.removeAttribute('id');
          top.append(...Array.from(after.children).slice(0, items));
          (el.previousElementSibling?.matches('p.lead-in') ? el.previousElementSibling : el).before(top);
          if (after instanceof HTMLOListElement) after.start = (after.start || 1) + items;
          continue;
        }
        const lead = el.previousElementSibling?.matches('p.lead-in') ? el.previousElementSibling : null;
        const moving = lead ? [lead, el] : [el];
        let target: Element | null = up > 0 ? (lead ?? el) : el;
        for (let i = 0; i < Math.abs(up) && target; i++) target = up > 0 ? target.previousElementSibling : target.nextElementSibling;
        if (target && up > 0) target.before(...moving);
        else if (target) target.after(...moving);
      }
    },
    FIGURES,
    [...moves],
  );
}
