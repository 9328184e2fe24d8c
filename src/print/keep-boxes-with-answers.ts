import type { Page } from 'puppeteer-core';
import { evaluateInPrint } from './print-media.js';
import { holdColumns, predictPages, type PageSize, type PredictedPages } from './predict-pages.js';
import { replanMayPay, type Chapter } from './replan-may-pay.js';
import { bookletPageTotal } from './impose-booklet.js';
import { cssId } from './css-id.js';

/**
 * The most of a page's foot a box's keep may leave blank, as a share of the text block: a quarter.
 * More than a short question is let split over (SPLIT_HOLE, a fifth): a page ending a little short
 * above a heading reads better than a box cut off from its answer (the A4 infrastructure guide's
 * Q19 box ended page 13, under the VPC diagram, its answer overleaf; taken over, page 13 is 77 % full).
 */
export const BOX_HOLE = 1 / 4;

/**
 * The chapters planned again, for a trial, with nothing cut (plan-section-breaks.ts, measurePlan):
 * applied in place of the plan; returns what puts the plan before back.
 */
export type Replan = () => Promise<() => Promise<void>>;

/** Ways to keep that cost a page under the plan as it stands, tried again on the chapters planned anew, in one run: each lays the guide out three times more. */
const MOST_REPLANS = 2;

/** Where the rules this step adds live in the loaded page (kept apart from the section plan's and the splits'). */
const STYLE = 'style[data-sg-boxes]';

/** A question whose "In short" box has a full answer after it, as ids: the question, its box, the answer's first block. */
interface Boxed {
  question: string;
  box: string;
  first: string;
  /**
   * What ends before the question on its page (the question or introduction before it), when the
   * question is not kept with it: the foot left blank under it, if the box's keep takes the
   * question over the page, is judged.
   */
  before?: string;
  /** The index of the question's chapter among the guide's (replan-may-pay.ts). */
  chapter: number;
  /** Body rows when the first block is a table: one of three rows or more may break after its second. */
  tableRows: number;
  /**
   * The page name the answer's first block prints on, when the box prints on another: a chapter
   * run on under the one before names the part sharing that page (plan-section-breaks.ts), and a
   * change of name is a forced break, which no keep moves.
   */
  nextPage?: string;
  /** The page name the answer's first block prints on, which the trial gives what follows (flowOn). */
  firstPage: string;
  /**
   * Selectors of what follows the question and is named by the plan as the pages fell before a
   * way is tried: the question's later siblings and each chapter after it run on under the one
   * before (up to one that starts its own page). See waysToKeep.
   */
  flowOn: string[];
}

/**
 * Keeps a question's "In short" box from ending a page while its full answer starts the next: the
 * booklet's page 8 ended with the heading and box of the storage question, 64 % full, its table
 * over the page. Laid out as the print falls (predict-pages.ts), each box so left at a page's foot
 * is tried, in document order, two ways: first, when the answer opens with a table of four rows
 * or more, that table may break after its second row (its head and two rows then go under the box;
 * a table of three rows is let break so only after both keeps failed); else the box keeps with the answer's first block (two lines of a paragraph, a kept block whole),
 * which takes the heading and box over the page; last, the same keep with the question's page drawn a
 * little together (tighter), which may leave the box and the answer's start at the foot. A way is kept when the box then has its answer's
 * start after it on its page, the guide has no more pages, and its last page is not left thin;
 * else the box stays where it was (never a page more for it). A booklet's pages (a size with a
 * `signature`) may grow while its sheets do not: the page taken would have printed blank, padding
 * the booklet to whole sheets (the A4 booklet of the bundled deck had three boxes at a foot and a
 * blank page at its end). Only a whole guide's load counts so (it has the cover): a part's pages
 * are a share of a total it does not see. A way that costs a page only under the chapters as
 * planned is tried once more on the chapters planned again (`replan`): a chapter that opened a
 * page of its own may run on under the end of the one before, pushed over by the way (the Letter
 * infrastructure guide's Q5 box ended page 5, its table overleaf; taken over, "Medium" runs on
 * under the end of "Easy", 33 pages as before). Such a way kept ends the run: the later boxes were
 * named under the old plan's pages, and are judged in a later run. Returns the CSS it applied, for
 * a later load.
 */
export async function keepBoxesWithAnswers(page: Page, size: PageSize & { signature?: number }, replan?: Replan): Promise<string> {
  // The rules an earlier run kept stay: a box left at a foot by what moved since is judged in a later run (lay-out-body.ts).
  const earlier = await page.evaluate((selector: string) => document.querySelector(selector)?.textContent ?? '', STYLE);
  const { boxed, chapters } = await evaluateInPrint(page, nameBoxed);
  if (!boxed.length) return earlier;
  // Its sheets leave the back cover blank (bookletPageTotal): a page taken from 39 to 40 costs one.
  const booklet = !!size.signature && (await page.evaluate(() => document.querySelector('.cover') !== null));
  const sheets = (pages: number) => (booklet ? bookletPageTotal(pages) / 4 : pages);
  const ids = [
    ...boxed.flatMap((b) => [b.box, b.first, ...(b.before ? [b.before] : [])]),
    ...chapters.flatMap((c) => [c.start, c.end].filter((id): id is string => id !== undefined)),
  ];
  const rules: string[] = earlier ? [earlier] : [];
  // Page names given for the measure only: the chapters planned again (lay-out-body.ts) keep the
  // box with its answer by its keep, as they keep a heading with what follows it.
  const trials: string[] = [];
  let replans = replan ? MOST_REPLANS : 0;
  try {
    // Each way tried is laid out again in the columns from where it changed (holdColumns).
    await holdColumns(page, async () => {
      let found = await predictPages(page, size, ids);
      // Whether more than the rules in STYLE changed since the last prediction (a plan made and taken back).
      let moved = false;
      const judge = (again: PredictedPages | { unmodelled: string }, b: Boxed, was: PredictedPages) => {
        if ('unmodelled' in again || stranded(again, b)) return 'no';
        if (holeLeft(again, b) > Math.max(BOX_HOLE, 1 - (was.bottoms.get(b.box) ?? 1))) return 'no';
        if (again.count === was.count && again.lastFill < Math.min(was.lastFill, 1 / 3)) return 'no';
        return again.count <= was.count || sheets(again.count) === sheets(was.count) ? 'yes' : 'page';
      };
      boxes: for (const b of boxed) {
        if ('unmodelled' in found) break;
        if (!stranded(found, b)) continue;
        for (const { rule, trial } of waysToKeep(b)) {
          await page.evaluate(setRules, STYLE, [...rules, rule, ...trials, trial]);
          // Only the rules in STYLE changed since the last prediction, unless a plan was tried since.
          const again = await predictPages(page, size, ids, moved ? undefined : STYLE);
          moved = false;
          const verdict = judge(again, b, found);
          if (verdict === 'yes') {
            found = again;
            rules.push(rule);
            trials.push(trial);
            break;
          }
          // A page more under the plan as it is may be none once the chapters are planned again: a chapter the
          // plan opened on a new page may run on under the end of the one before, pushed over by the way.
          // Planned again only where that may win the page back (replanMayPay): a trial it shows would fail
          // counts as one tried, so that the later boxes get the same tries as when each was planned.
          if (verdict === 'page' && replans > 0) {
            replans--;
            if (!('unmodelled' in again) && replanMayPay(again, chapters, b.chapter)) {
              await page.evaluate(setRules, STYLE, [...rules, rule]);
              const undo = await replan!();
              const planned = await predictPages(page, size, ids);
              if (judge(planned, b, found) === 'yes') {
                rules.push(rule);
                // The page names the later boxes were read with are the old plan's: they are judged in a later run, named anew.
                break boxes;
              }
              await undo();
              moved = true;
            }
          }
          await page.evaluate(setRules, STYLE, [...rules, ...trials]);
        }
      }
    });
    await page.evaluate(setRules, STYLE, rules);
  } finally {
    await page.evaluate(() =>
      document.querySelectorAll('[data-sg-box-named]').forEach((el) => (el.removeAttribute('id'), el.removeAttribute('data-sg-box-named'))),
    );
  }
  return rules.join('\n');
}

/**
 * The blank a way leaves at the foot of the page the question came from, as a share of the text
 * block: when the heading and box go over the page with the answer's start, what was before them
 * ends that page. A box with its heading at a page's foot, the answer overleaf, reads better than a
 * page left a third blank (the Letter booklet's pages 5 and 18 were 67 % and 68 % full, Q3 and Q17
 * taken whole to the next), so a way leaving more than BOX_HOLE is not kept, unless the box left
 * where it was ends higher still: an answer opening with a figure too tall for the foot leaves that
 * hole either way (the A4 booklet's Q18 box would have stayed on a page 39 % full, its diagram
 * overleaf).
 */
function holeLeft(found: PredictedPages, b: Boxed): number {
  if (!b.before) return 0;
  const [end, box] = [found.endPages.get(b.before), found.endPages.get(b.box)];
  if (end === undefined || box === undefined || box <= end) return 0;
  return Math.max(0, 1 - (found.bottoms.get(b.before) ?? 1));
}

/** Whether the box ends on an earlier page than its answer's first block starts. */
function stranded(found: PredictedPages, b: Boxed): boolean {
  const [end, start] = [found.endPages.get(b.box), found.pages.get(b.first)];
  return end !== undefined && start !== undefined && end < start;
}

/**
 * The ways to try for a box left at a page's foot, in order: the opening table let break, then the
 * keep, then the keep with the question drawn together. Each is a rule to keep and a rule for the measure only (the page name the head and box take
 * where the plan named the page they share).
 */
function waysToKeep(b: Boxed): { rule: string; trial: string }[] {
  const q = `#${cssId(b.question)}`;
  const own = b.nextPage ? `${q} > :not(.answer), ${q} > .answer > :not(.full-answer) { page: ${b.nextPage} !important; }` : '';
  // The plan's names after the question were given where its pages fell before the way: a named
  // break it put at a page's top would, with the text moved down a few lines, force a page of its
  // own in the measure, where the plan made again (lay-out-body.ts) moves it with the text (the
  // A4 appsec guide's Q2 box was judged to cost a page, Q4's tail then alone above Q5's named
  // break, and stayed at page 2's foot). For the measure, what follows runs on under one name.
  const flow = b.flowOn.length ? `${b.flowOn.join(', ')} { page: ${b.firstPage} !important; }` : '';
  const trial = [own, flow].filter(Boolean).join('\n');
  const keep = { rule: `${q} > .answer > .in-short { break-after: avoid; }`, trial };
  const ways = [keep, { rule: `${keep.rule}\n${tighter(q)}`, trial }];
  if (b.tableRows < 3 || b.nextPage) return ways;
  const table = `${q} .full-answer > table:first-child`;
  const split = { rule: `${table} { break-inside: auto; }\n${table} > tbody > tr:nth-child(3) { break-before: auto; }\n${keep.rule}`, trial };
  // A table of three rows so split leaves its last row alone under a repeated head: tried only when
  // neither keep holds it whole (a Polish table of isolation levels split 2 and 1 on the Letter
  // booklet where the keep drawn together took the box, the head and all three rows).
  return b.tableRows === 3 ? [...ways, split] : [split, ...ways];
}

/** How close a lead-in opening the answer stands to what it announces when its page is drawn together (as pull-guide-page-back.ts draws it). */
const LEAD_IN_GAP = '0.25em';

/**
 * The keep's last resort, when the box with the answer's start is a little too tall for the foot: the
 * question stands 0.6em under the one before (the stylesheet gives 1.2em, which the last block's
 * own margin would stand in for), its tags and its box a little nearer what follows them, and a
 * lead-in opening the answer is drawn to what it announces: about 19 pt in all. The Letter
 * infrastructure guide's Q31 box ended page 24, its answer (a lead-in of three lines over a list)
 * overleaf; taken whole to page 25, it left a 30 % hole and a 34th page. Drawn together, the lead-in
 * and the list's first two lines go under the box, 33 pages as before.
 */
function tighter(q: string): string {
  const above = `.question:has(+ ${q})`;
  const lastBlocks = [1, 2, 3, 4, 5, 6].map((depth) => above + ' > :last-child'.repeat(depth)).join(', ');
  const lead = `${q} .full-answer > p.lead-in:first-child`;
  const announced = [1, 2, 3].map((depth) => `${lead} + *` + ' > :first-child'.repeat(depth - 1)).join(', ');
  return `${q} > .answer > .in-short { margin-bottom: 0.25em; }\n${q} .question-meta { margin-bottom: 0.2em; }\n${above} { margin-bottom: 0.6em; }\n${lastBlocks} { margin-bottom: 0; }\n${lead} { margin-bottom: ${LEAD_IN_GAP}; }\n${announced} { margin-top: 0; }`;
}

/**
 * Runs in the page: every question whose "In short" box has a full answer after it, with ids for
 * the box and the answer's first block (given where they lacked one, marked to be taken off).
 */
function nameBoxed(): { boxed: Boxed[]; chapters: Chapter[] } {
  let n = 0;
  const name = (el: Element): string => {
    if (!el.id) {
      el.id = `sg-box-${n++}`;
      el.setAttribute('data-sg-box-named', '');
    }
    return el.id;
  };
  // The page name an element prints on: its own, else its parent's (auto inherits the used name).
  const usedPage = (el: Element | null): string => {
    for (let e = el; e; e = e.parentElement) {
      const page = getComputedStyle(e).page;
      if (page && page !== 'auto') return page;
    }
    return 'auto';
  };
  // The page name a box starts on: its first in-flow child's, down to a leaf (as predict-pages.ts reads a break).
  const startPage = (el: Element): string => {
    const first = Array.from(el.children).find((c) => getComputedStyle(c).display !== 'none');
    return first ? startPage(first) : usedPage(el);
  };
  // What follows a question under the names the plan gave it: its later siblings, then each chapter run on under the one before.
  const flowOn = (question: Element): string[] => {
    const out = [`#${CSS.escape(question.id)} ~ *`, `#${CSS.escape(question.id)} ~ * *`];
    for (let s = question.closest('section.section')?.nextElementSibling; s?.matches('section.section[id]'); s = s.nextElementSibling) {
      if (startPage(s) === usedPage(s)) break;
      out.push(`#${CSS.escape(s.id)}`, `#${CSS.escape(s.id)} *`);
    }
    return out;
  };
  // The chapters as the plan reads them (plan-section-breaks.ts): a section without an id (the rest of one begun in the
  // part before) is not named, as the plan's rules select it by having none; its end is read from its last block's.
  const sections = Array.from(document.querySelectorAll('body > section.section, body > section.outro[id]'));
  const notes = (s: Element) => s.classList.contains('outro') || !s.querySelector('.question');
  const chapters: Chapter[] = sections.map((s, i) => {
    const last = s.lastElementChild;
    const end = s.id || (last?.id ?? '') || undefined;
    const closing = notes(s) || sections.slice(i + 1).every((c) => notes(c) && !c.classList.contains('part'));
    const part = s.classList.contains('part') || (i > 0 && sections[i - 1].classList.contains('part'));
    return { ...(s.id ? { start: s.id } : {}), ...(end ? { end } : {}), closing, part };
  });
  const out: Boxed[] = [];
  for (const question of Array.from(document.querySelectorAll('article.question[id]'))) {
    const box = question.querySelector(':scope > .answer > .in-short');
    const answer = box?.nextElementSibling;
    const first = answer?.classList.contains('full-answer') ? Array.from(answer.children).find((c) => getComputedStyle(c).display !== 'none') : undefined;
    if (!box || !first) continue;
    const tableRows = first instanceof HTMLTableElement && first.tBodies.length === 1 ? first.tBodies[0].rows.length : 0;
    const nextPage = usedPage(first) !== usedPage(box) ? usedPage(first) : undefined;
    // What ends before the question, unless it keeps with the question (a section's title): then the title goes with it.
    const prior = question.previousElementSibling;
    const before = prior && getComputedStyle(prior).breakAfter !== 'avoid' && getComputedStyle(prior).display !== 'none' ? name(prior) : undefined;
    const section = question.closest('body > section.section, body > section.outro[id]');
    out.push({
      question: question.id,
      chapter: section ? sections.indexOf(section) : 0,
      box: name(box),
      first: name(first),
      tableRows,
      firstPage: usedPage(first),
      flowOn: flowOn(question),
      ...(nextPage ? { nextPage } : {}),
      ...(before ? { before } : {}),
    });
  }
  return { boxed: out, chapters };
}

/** Runs in the page: `rules` in the style element `selector`, in place of those before. */
function setRules(selector: string, rules: string[]): void {
  let style = document.querySelector<HTMLStyleElement>(selector);
  if (!style) {
    style = document.createElement('style');
    style.dataset.sgBoxes = '';
    document.head.append(style);
  }
  style.textContent = rules.filter(Boolean).join('\n');
}
