import type { Page } from 'puppeteer-core';
import { FONT_RETRIES, settlePrintFonts } from './settle-fonts.js';
import { evaluateInPrint, inPrintMedia } from './print-media.js';
import { SPLIT_HOLE } from './split-kept-questions.js';
import { CUT_TEXT, installCutText, TEXT_BLOCKS, type LineCut, type cutTextBlock } from './cut-text-block.js';

/** The text block of a printed page, in CSS pixels (96 to the inch). */
export interface TextBlock {
  width: number;
  height: number;
}

/** Where the guide's chapters (sections and the outro) start, and how their pages are headed. */
export interface SectionPlan {
  /** Ids of the chapters that go on from the page where the one before ended. */
  flowing: string[];
  /** CSS that applies the plan to the guide (added after its stylesheets). */
  css: string;
  /** Long tables the plan cut in two where a shared page ends, in the order cut (cutTables replays them). */
  tables?: TableCut[];
  /** Paragraphs and list items the plan cut where a shared page ends, in the order cut (replayTextCuts replays them). */
  lines?: LineCut[];
  /** Whether the first chapter goes on under the introduction and contents. */
  frontRunOn?: boolean;
}

/**
 * A long table cut where a shared page ends: the `table`-th of the answers' tables (document order,
 * when cut) keeps its first `rows` body rows; the rest go on in a copy of it with its head, its
 * columns held at `widths` (CSS pixels) in both so that the two read as one table.
 */
export interface TableCut {
  table: number;
  rows: number;
  widths: number[];
}

/** The answers' tables, in document order: the ones a plan may cut. */
const TABLES = '.full-answer table';

/**
 * A chapter starts a new page only when the page where the one before ended is more than this
 * full; otherwise it goes on under it, and no page inside the guide is left mostly blank.
 */
export const NEW_PAGE_FILL = 0.75;

/**
 * The first chapter goes on under the introduction and contents when their last page is less than
 * this full, however long the body: a page of contents left mostly blank is a hole in any guide
 * (a five-page body on Letter kept its page 2 at 40 %). A fuller one ends the front matter as a book's
 * does, the body opening the next page: a contents half a page long (Letter, 45–52 % full as printed)
 * is a page of its own to a reader, not a hole, and a chapter heading under it would read as the body
 * begun mid-page. A front fuller than this still runs on when that saves a page (run-front-on.ts).
 */
const FRONT_RUN_ON_FILL = 0.5;
/** A page more than this full is worth ending for closing notes that would not end on it. */
const HALF_FULL = 0.5;

/** A last page of introduction and contents filled less than this is a tail worth pulling back. */
const FRONT_TAIL = 0.2;

/** Ways to set the contents tighter, tried in turn: less space between its entries, then smaller type. */
const TIGHTER_CONTENTS = [
  '.toc-questions { line-height: 1.2; } .toc-section { margin-top: 0.4em; }',
  '.toc-questions { line-height: 1.15; font-size: 8.5pt; } .toc-section { margin-top: 0.3em; } .toc-title { margin-bottom: 0.3em; }',
];

/**
 * Lays the guide out in the loaded page (loaded for printing, with the bundled faces) and decides
 * chapter by chapter whether it starts a new page or goes on under the one before. Chromium gives
 * scripts no view of printed pages, so the body is measured in columns of the text block's size,
 * which its fragmentation engine fills by the same break rules as pages. Runs as our code through
 * evaluate (the page's own scripting stays off) and leaves the page as it was loaded, so the plan
 * can be applied (applyPlan) and the page measured again or printed in the same load. With
 * `frontRunOn`, the first chapter goes on under the contents, or not, as that says, unmeasured.
 * Without `cutting`, no table or paragraph is cut where a shared page ends (a chapter that could
 * share a page only so starts the next): a trial plan, taken back if it does not pay, leaves the
 * page as it found it. The chapters of `runOn` go on under the page before however full it is, the
 * first under the introduction and contents (a booklet saving its last sheet, pull-booklet-sheet-back.ts).
 */
export async function measurePlan(page: Page, block: TextBlock, frontRunOn?: boolean, cutting = true, runOn: readonly string[] = []): Promise<SectionPlan> {
  return measured(page, block, frontRunOn, cutting, runOn, { withdraw: false, apply: false });
}

/**
 * measurePlan in place of the plan applied now (withdrawPlan), the plan found applied (applyPlan):
 * taken out, measured and put in by the same script call, so that the page is not laid out again
 * between the three (each change of the page's rules lays the whole document out anew).
 */
export async function replacePlan(page: Page, block: TextBlock, frontRunOn?: boolean, cutting = true, runOn: readonly string[] = []): Promise<SectionPlan> {
  return measured(page, block, frontRunOn, cutting, runOn, { withdraw: true, apply: true });
}

/** What a measure does to the plan in the page besides measuring: takes it out first, puts the one found in after. */
interface InPlace {
  withdraw: boolean;
  apply: boolean;
}

async function measured(
  page: Page,
  block: TextBlock,
  frontRunOn: boolean | undefined,
  cutting: boolean,
  runOn: readonly string[],
  inPlace: InPlace,
): Promise<SectionPlan> {
  return inPrintMedia(page, async () => {
    // Measured in the faces it prints in. The columns can break a line where the page did not and
    // need a face it had not loaded: the plan then came from a fallback face (a chapter judged to
    // fit did not). Measured again once loaded. No layout is forced first only to load faces: it
    // would lay the whole document out once more for nothing when they are loaded already.
    let found = await measureInColumns(page, block, frontRunOn, cutting, runOn, inPlace);
    // A table cut stays cut in the page: a later measure finds it cut and cuts only what else needs it.
    const tables = [...(found.tables ?? [])];
    const lines = [...(found.lines ?? [])];
    for (let retry = 0; retry < FONT_RETRIES && found.fontsLoading; retry++) {
      await settlePrintFonts(page);
      found = await measureInColumns(page, block, frontRunOn, cutting, runOn, inPlace);
      tables.push(...(found.tables ?? []));
      lines.push(...(found.lines ?? []));
    }
    const plan = {
      flowing: found.flowing,
      css: found.css,
      frontRunOn: !!found.frontRunOn,
      ...(tables.length ? { tables } : {}),
      ...(lines.length ? { lines } : {}),
    };
    // Measured in a fallback face still after the retries: the page function left the plan out.
    if (inPlace.apply && !found.applied) await applyPlan(page, plan);
    return plan;
  });
}

/** Cuts the tables a plan cut (TableCut), in a load of the same guide, before its rules apply. */
export async function cutTables(page: Page, cuts: readonly TableCut[]): Promise<void> {
  if (!cuts.length) return;
  await installCutTable(page);
  await page.evaluate(
    (selector: string, list: TableCut[], cut: string) => {
      const cutTable = (window as unknown as Record<string, typeof cutTableInPage>)[cut];
      for (const { table: index, rows, widths } of list) {
        const table = document.querySelectorAll<HTMLTableElement>(selector)[index];
        if (table?.tHead && table.tBodies.length === 1) cutTable(table, index, rows, widths);
      }
    },
    TABLES,
    [...cuts],
    CUT_TABLE,
  );
}

async function measureInColumns(
  page: Page,
  block: TextBlock,
  frontRunOn: boolean | undefined,
  cutting: boolean,
  runOn: readonly string[],
  inPlace: InPlace,
): Promise<SectionPlan & { fontsLoading: boolean; applied: boolean }> {
  await installCutTable(page);
  await installCutText(page);
  return evaluateInPrint(
    page,
    (
      width: number,
      height: number,
      threshold: number,
      tail: number,
      tighter: string[],
      frontFill: number,
      tableSelector: string,
      cutName: string,
      notesFill: number,
      keptFront: boolean | null,
      hole: number,
      cutTextName: string,
      textSelector: string,
      cutting: boolean,
      runOn: string[],
      withdraw: boolean,
      apply: boolean,
    ) => {
      // The plan applied before taken out (withdrawPlan), in this call: laid out once with the measure, not once more before it.
      if (withdraw) document.querySelectorAll('style[data-sg-plan]').forEach((el) => el.remove());
      // The plan found put in as applyPlan puts it, unless measured in a fallback face (measured again then).
      const done = <T extends { css: string; fontsLoading: boolean }>(found: T): T & { applied: boolean } => {
        const applied = apply && !found.fontsLoading;
        if (applied && found.css) {
          const style = document.createElement('style');
          style.textContent = `\n${found.css}\n`;
          style.dataset.sgPlan = '';
          document.head.append(style);
        }
        return { ...found, applied };
      };
      const cuts: { table: number; rows: number; widths: number[] }[] = [];
      const lineCuts: { text: number; nth: number; at: number }[] = [];
      const loading = () => document.fonts.status !== 'loaded';
      // Which column of a box `r` lies in. Columns follow the text's direction: a right-to-left
      // guide's run leftwards from the first (counted from the left, a Hebrew guide's were -1, -2, …).
      const rtl = getComputedStyle(document.body).direction === 'rtl';
      const columnIn = (box: DOMRect, r: DOMRect) => Math.floor((rtl ? box.right - r.right + 1 : r.left - box.left + 1) / width);
      // The elements in columns of one text block each, side by side: column n is their page n.
      const inColumns = (els: HTMLElement[]) => {
        const box = document.createElement('div');
        box.style.cssText = `columns: ${width}px 1; column-gap: 0; column-fill: auto; width: ${width}px; height: ${height}px; margin: 0; padding: 0;`;
        els[0].before(box);
        box.append(...els);
        return box;
      };

      // The introduction and contents, when their last page would hold only a few lines (the
      // contents' last entry alone on a page): set a little tighter if that brings them onto one page fewer.
      const front = Array.from(document.querySelectorAll<HTMLElement>('body > section.intro, body > nav.toc'));
      let frontCss = '';
      // Where the front ends when it was left as it was: measured so already, it is not laid out in columns again below.
      let frontAsIs: { last: number; fill: number } | null = null;
      if (front.length) {
        const box = inColumns(front);
        // Measured as it prints: set tighter when that took the contents' last lines back (a
        // Letter guide's contents seen ending on a third page 5 % full ran its first chapter on there).
        const tightened = document.createElement('style');
        tightened.textContent = frontCss;
        document.head.append(tightened);
        const o = box.getBoundingClientRect();
        const ends = () => {
          const all = front.flatMap((el) => Array.from(el.getClientRects()).filter((r) => r.height > 0));
          const col = (r: DOMRect) => columnIn(o, r);
          const last = Math.max(...all.map(col));
          return { last, fill: Math.max(...all.filter((r) => col(r) === last).map((r) => r.bottom - o.top)) / height };
        };
        const before = ends();
        if (before.last >= 1 && before.fill < tail) {
          const style = document.createElement('style');
          document.head.append(style);
          for (const css of tighter) {
            style.textContent = css;
            if (ends().last < before.last) {
              frontCss = css;
              break;
            }
          }
          style.remove();
        }
        if (!frontCss) frontAsIs = before;
        box.replaceWith(...front);
      }

      // A part of a guide printed in parts may open with the rest of a section begun in the part
      // before (no heading, no id): the next section can go on under it as under any other.
      const chapters = Array.from(document.querySelectorAll<HTMLElement>('body > section.section, body > section.outro[id]'));
      // The first chapter goes on under the introduction and contents when their last page is
      // mostly blank: a six-question guide's page 2 was 35 % full, its last question alone on
      // page 4; a guide of five pages of body left its page 2 40 % full on Letter.
      let frontLast = -1;
      if (front.length && chapters.length && !chapters[0].classList.contains('part')) {
        const runsOn = runOn.includes(chapters[0].id);
        // Measured with the tighter contents, unless they were left as they were (measured so above). Kept
        // under a page of its own as first planned, the first chapter needs no measure of the front.
        const ends = (): { last: number; fill: number } => {
          if (frontAsIs) return frontAsIs;
          const box = inColumns(front);
          // Measured as it prints: set tighter when that took the contents' last lines back (a
          // Letter guide's contents seen ending on a third page 5 % full ran its first chapter on there).
          const tightened = document.createElement('style');
          tightened.textContent = frontCss;
          document.head.append(tightened);
          const o = box.getBoundingClientRect();
          const col = (r: DOMRect) => columnIn(o, r);
          const frontRects = front.flatMap((el) => Array.from(el.getClientRects()).filter((r) => r.height > 0));
          const last = Math.max(...frontRects.map(col));
          const fill = Math.max(...frontRects.filter((r) => col(r) === last).map((r) => r.bottom - o.top)) / height;
          tightened.remove();
          box.replaceWith(...front);
          return { last, fill };
        };
        if (runsOn || keptFront !== false) {
          const { last, fill } = ends();
          // A first chapter of `runOn` goes on under them however full their last page.
          if (runsOn || (keptFront ?? fill < frontFill)) frontLast = last;
        }
      }
      if (chapters.length < 2 && frontLast < 0) return done({ flowing: [], css: frontCss, fontsLoading: loading(), tables: cuts, frontRunOn: false });
      // The body in columns of one text block each, side by side: column n is the body's page n
      // (after the front's pages when the first chapter goes on under them).
      const columns = inColumns(frontLast >= 0 ? [...front, ...chapters] : chapters);
      for (const c of chapters) c.style.breakBefore = 'column';
      const origin = columns.getBoundingClientRect();
      const columnOf = (r: DOMRect) => columnIn(origin, r);
      const topIn = (r: DOMRect) => r.top - origin.top;
      const rects = (el: Element) => Array.from(el.getClientRects()).filter((r) => r.height > 0 || r.width > 0);
      const selectorOf = (chapter: Element) => (chapter.id ? `#${CSS.escape(chapter.id)}` : 'body > section.section:not([id])');
      // Only a box made of blocks can take a page name part way through (text and inline boxes cannot);
      // a table can, between its rows.
      const BLOCKS = new Set(['block', 'list-item', 'flow-root', 'table']);
      const ofBlocks = (el: Element) =>
        el.children.length > 0 &&
        Array.from(el.childNodes).every((n) =>
          n.nodeType === Node.TEXT_NODE ? !n.textContent?.trim() : n.nodeType !== Node.ELEMENT_NODE || BLOCKS.has(getComputedStyle(n as Element).display),
        );
      const rules: string[] = [];
      const flowing: string[] = [];
      const moved: HTMLElement[] = [];
      const split: HTMLElement[] = [];
      const cutTable = (window as unknown as Record<string, typeof cutTableInPage>)[cutName];

      // A prefix of el's children (and, inside the child that runs on, a prefix of its children…)
      // lies wholly in column `col`: those get the name of the page they share; the rest moves on.
      // Returns the rules and the element that will start the next page.
      const shareColumn = (el: Element, col: number, selector: string, name: string): { rules: string[]; next: Element | null } => {
        const kids = Array.from(el.children);
        let k = 0;
        let inner: { rules: string[]; next: Element | null } | null = null;
        // Floats pushed on to a later page, by their place among the children.
        const pushed: number[] = [];
        for (; k < kids.length; k++) {
          const rs = rects(kids[k]);
          if (rs.length === 0 || rs.every((r) => columnOf(r) === col)) continue;
          // A float (a turned diagram, diagrams.css) takes no break of its own: pushed on, it leaves
          // the blocks after it on this page, which name it as they do, but it opens the next page.
          if (getComputedStyle(kids[k]).float !== 'none') {
            if (columnOf(rs[0]) > col) pushed.push(k);
            continue;
          }
          const breakable = columnOf(rs[0]) === col && getComputedStyle(kids[k]).breakInside !== 'avoid';
          if (breakable && kids[k] instanceof HTMLTableElement) inner = shareRows(kids[k] as HTMLTableElement, col, `${selector} > :nth-child(${k + 1})`, name);
          else if (breakable && ofBlocks(kids[k])) inner = shareColumn(kids[k], col, `${selector} > :nth-child(${k + 1})`, name);
          else if (breakable && headedItem(kids[k])) inner = shareItem(kids[k], col, `${selector} > :nth-child(${k + 1})`, name);
          else if (breakable && cutLines) inner = shareLines(kids[k], col, `${selector} > :nth-child(${k + 1})`, name);
          if (inner?.rules.length === 0) inner = null;
          break;
        }
        // Never leave behind what must stay with the part that moves on (a heading, a lead-in).
        if (!inner) while (k > 0 && getComputedStyle(kids[k - 1]).breakAfter === 'avoid') k--;
        // A float pushed on opens the next page, which Chromium names after it: it takes its
        // chapter's own name, not the shared page's (a Turkish guide's diagram, sent overleaf from
        // the first page of its chapter, headed that page with the chapter before).
        const own = getComputedStyle(el.closest('section.section, section.outro') ?? el).page;
        const overleaf =
          own && own !== 'auto' && own !== name ? pushed.filter((p) => p < k).map((p) => `${selector} > :nth-child(${p + 1}) { page: ${own}; }`) : [];
        // Named as a whole, the box would name the page its float opens: its children are named instead.
        if (k === kids.length)
          return { rules: overleaf.length ? [`${selector} > * { page: ${name}; }`, ...overleaf] : [`${selector} { page: ${name}; }`], next: null };
        const named = k > 0 ? [`${selector} > :nth-child(-n+${k}) { page: ${name}; }`, ...overleaf] : [];
        return inner ? { rules: [...named, ...inner.rules], next: inner.next } : { rules: named, next: kids[k] };
      };

      // A list item whose own line is followed by its sub-list ("- **Base backups**" over its
      // items): its line is an anonymous box, which takes no page name of its own. Named whole for
      // the shared page, it goes on overleaf only from an item of its sub-list (or deeper), which
      // with what follows it inside the item takes the chapter's own name back. Left unnamed, the
      // item went over whole with all before it it was kept with, and a chapter opening with such a
      // list moved to the next page, leaving the A5 booklet's page before it 54 % full.
      const headedItem = (el: Element) => {
        if (el.tagName !== 'LI') return false;
        const nodes = Array.from(el.childNodes).filter((n) => n.nodeType !== Node.TEXT_NODE || n.textContent?.trim());
        const block = (n: ChildNode) => n.nodeType === Node.ELEMENT_NODE && BLOCKS.has(getComputedStyle(n as Element).display);
        const first = nodes.findIndex(block);
        return first > 0 && nodes.slice(first).every(block);
      };
      const shareItem = (item: Element, col: number, selector: string, name: string): { rules: string[]; next: Element | null } => {
        const none = { rules: [], next: null };
        const own = getComputedStyle(item.closest('section.section, section.outro') ?? item).page;
        const shared = shareColumn(item, col, selector, name);
        const next = shared.next;
        if (!next) return shared;
        // Never the item's line alone at the foot, nor a piece that must stay with what is before it.
        if (!own || own === 'auto' || !shared.rules.length || next.parentElement === item || getComputedStyle(next).breakBefore === 'avoid') return none;
        const rest: string[] = [];
        const path = (el: Element): string =>
          el === item ? selector : `${path(el.parentElement!)} > :nth-child(${Array.from(el.parentElement!.children).indexOf(el) + 1})`;
        for (let el: Element = next; el !== item; el = el.parentElement!) {
          const at = Array.from(el.parentElement!.children).indexOf(el) + 1;
          rest.push(`${path(el.parentElement!)} > :nth-child(n+${el === next ? at : at + 1}) { page: ${own}; }`);
        }
        return { rules: [`${selector} { page: ${name}; }`, ...rest], next };
      };

      // shareColumn, and when what moves on is a short question kept whole (question-short) over a
      // hole of more than `hole` of the page, that question let break there instead: kept whole,
      // the change of page name before it is a forced break that no later split can move (a Hebrew
      // guide's second question went over whole and left its shared page 67 % full).
      // Whether shareColumn may cut a paragraph or list item (shareLines): only when nothing of the chapter could share the page
      // otherwise (shareOrCut). Cut wherever one broke, the pieces named in a question kept its diagram from rising into a hole.
      let cutLines = false;
      const shareOrCut = (chapter: Element, col: number, selector: string, name: string): { rules: string[]; next: Element | null } => {
        const shared = shareSplitting(chapter, col, selector, name);
        if (shared.rules.length) return shared;
        cutLines = true;
        try {
          return shareSplitting(chapter, col, selector, name);
        } finally {
          cutLines = false;
        }
      };
      const shareSplitting = (chapter: Element, col: number, selector: string, name: string): { rules: string[]; next: Element | null } => {
        const shared = shareColumn(chapter, col, selector, name);
        const next = shared.next;
        if (!(next instanceof HTMLElement) || !next.matches('article.question.question-short[id]')) return shared;
        const before = next.previousElementSibling ? rects(next.previousElementSibling) : [];
        const end = before[before.length - 1];
        if (!end || columnOf(end) !== col || 1 - (end.bottom - origin.top) / height <= hole) return shared;
        next.style.breakInside = 'auto';
        const start = rects(next)[0];
        if (start && columnOf(start) === col) {
          const again = shareColumn(chapter, col, selector, name);
          if (again.next !== next) {
            split.push(next);
            rules.push(`#${CSS.escape(next.id)}.question-short { break-inside: auto; }`);
            return again;
          }
        }
        next.style.breakInside = '';
        return shared;
      };

      // A table that breaks in column `col`: cut in two (cutTable), the first with the rows wholly
      // there, which takes the page's name, the second with the rest under a copy of its head, which
      // starts the next page. Chromium names a page after the head it repeats there, the part before
      // the change of name: left whole, the table's second page printed the chapter before's running head.
      const shareRows = (table: HTMLTableElement, col: number, selector: string, name: string): { rules: string[]; next: Element | null } => {
        if (!cutting) return { rules: [], next: null };
        const rows = Array.from(table.tBodies[0]?.rows ?? []);
        let r = 0;
        while (r < rows.length && rects(rows[r]).every((x) => columnOf(x) === col)) r++;
        if (r === 0 || r === rows.length || table.tBodies.length !== 1 || !table.tHead) return { rules: [], next: null };
        const index = Array.from(document.querySelectorAll(tableSelector)).indexOf(table);
        if (index < 0) return { rules: [], next: null };
        const widths = Array.from(table.tHead.rows[0]?.cells ?? []).map((c) => c.getBoundingClientRect().width);
        const rest = cutTable(table, index, r, widths);
        cuts.push({ table: index, rows: r, widths });
        return { rules: [`${selector} { page: ${name}; }`], next: rest };
      };

      // A paragraph or list item that breaks in column `col`: cut in two (cutTextBlock) after its
      // last line there, the first piece taking the page's name, the rest starting the next page.
      // A line broken inside a word goes over whole (no word is hyphenated across a page). Left
      // whole, nothing before it could take the name (it is kept with what comes before it), and
      // the chapter went over whole, leaving the shared page under the rule's fill.
      const shareLines = (block: Element, col: number, selector: string, name: string): { rules: string[]; next: Element | null } => {
        const none = { rules: [], next: null };
        if (!cutting || !(block instanceof HTMLElement) || !block.matches(textSelector) || getComputedStyle(block).display === 'flex') return none;
        const fns = (window as unknown as Record<string, { hash: (el: Element) => number; cut: typeof cutTextBlock }>)[cutTextName];
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        let at = -1;
        let wordStart = 0;
        let count = 0;
        let prev = '';
        for (let n = walker.nextNode() as Text | null; n && at < 0; n = walker.nextNode() as Text | null) {
          for (let i = 0; i < n.data.length; i++) {
            const c = n.data[i];
            if (c === '\u00ad') {
              prev = c;
              continue;
            }
            if (/\s/.test(c)) {
              wordStart = count + 1;
            } else {
              range.setStart(n, i);
              range.setEnd(n, i + 1);
              const r = Array.from(range.getClientRects()).find((x) => x.width > 0 || x.height > 0);
              if (r && columnOf(r) > col) {
                // Broken inside a word (at a soft hyphen, or a word too long for the line): the word goes over whole.
                at = /\s|-|\u2013|\u2014|\//.test(prev) || count === wordStart ? count : wordStart;
                break;
              }
            }
            prev = c;
            count++;
          }
        }
        if (at <= 0) return none;
        const text = fns.hash(block);
        const nth = Array.from(document.querySelectorAll(textSelector))
          .filter((el) => fns.hash(el) === text)
          .indexOf(block);
        const rest = fns.cut(block, at);
        if (!rest) return none;
        lineCuts.push({ text, nth, at });
        return { rules: [`${selector} { page: ${name}; }`], next: rest };
      };

      // Whether the chapter, run on from where the one before ends, ends in the same column.
      const fitsUnder = (chapter: HTMLElement, end: DOMRect): boolean => {
        chapter.style.breakBefore = 'auto';
        const fits = rects(chapter).every((r) => columnOf(r) === columnOf(end));
        chapter.style.breakBefore = 'column';
        return fits;
      };

      // A short question kept whole (question-short) opening a chapter that runs on: let it break
      // where keeping it whole would send the chapter's title and all to the next page. Returns
      // whether the chapter then starts in column `col`; if not, the question is kept whole again.
      const splitOpener = (chapter: HTMLElement, col: number): boolean => {
        const first = chapter.querySelector<HTMLElement>(':scope > article.question.question-short[id]');
        if (!first) return false;
        first.style.breakInside = 'auto';
        if (startsIn(chapter, col)) {
          split.push(first);
          rules.push(`#${CSS.escape(first.id)}.question-short { break-inside: auto; }`);
          return true;
        }
        first.style.breakInside = '';
        return false;
      };
      const startsIn = (chapter: HTMLElement, col: number) => {
        const start = rects(chapter)[0];
        return !!start && columnOf(start) === col && topIn(start) >= 1;
      };
      if (frontLast >= 0) {
        const first = chapters[0];
        first.style.breakBefore = 'auto';
        flowing.push(first.id);
        // The front's pages take a name of their own, which the part of the chapter sharing its last page takes too.
        rules.push('body > section.intro, body > nav.toc { page: front; }', `${selectorOf(first)} { break-before: auto; }`);
        // Sent whole to the next page by its first question's keep, it may break there instead, as a
        // later chapter's may (an interviewer's guide on Letter left its page 2 44 % full, its first
        // chapter opening page 3 under the keep of its first question, more than half a page).
        if (!startsIn(first, frontLast)) splitOpener(first, frontLast);
        const start = rects(first)[0];
        if (start && columnOf(start) === frontLast && topIn(start) >= 1) {
          const shared = shareOrCut(first, frontLast, selectorOf(first), 'front');
          rules.push(...shared.rules);
          if (shared.next instanceof HTMLElement) {
            shared.next.style.breakBefore = 'column';
            moved.push(shared.next);
          }
        } else if (start) {
          // Nothing of it on the front's last page: the change of page name breaks before it in print, so here too. Run on,
          // the contents' last entry went over with it and the chapter began 50 px down the next column (a Letter guide's
          // first chapter, whole on its page in print, ran over in the measure, and the next was run on under it as if it fitted).
          first.style.breakBefore = 'column';
        }
      }

      for (let i = 1; i < chapters.length; i++) {
        const before = rects(chapters[i - 1]);
        const end = before[before.length - 1];
        if (!end) continue;
        const fill = (end.bottom - origin.top) / height;
        const chapter = chapters[i];
        // A part of a combined guide opens a page however full the page before, as a book's part
        // does: run on under a page less than two-thirds full while its sections opened pages of
        // their own, it read as lesser than they (three decks combined, parts 2 and 3 mid-page).
        if (chapter.classList.contains('part')) continue;
        // Closing notes (the outro, or in a combined guide a deck's outro, a section without
        // questions) and the last section with questions that fit whole under the section before
        // go on there: on a page of their own they would leave the guide's last page nearly blank
        // (a one-question closing section's page was 15 % full).
        const notes = (c: HTMLElement) => c.classList.contains('outro') || !c.querySelector('.question');
        const closing = notes(chapter) || chapters.slice(i + 1).every((c) => notes(c) && !c.classList.contains('part'));
        const full = fill > threshold && !runOn.includes(chapter.id);
        if (full && !(closing && fitsUnder(chapter, end))) continue;
        // Closing notes that would not end on this page open the next one whole when this one is
        // more than half full: run on, the Letter guide's outro left its last paragraph alone on
        // the last page (22 % full) under a page 72 % full.
        // Unless asked to run on (the guide's tail drawn together, tighten-guide-tail.ts).
        if (notes(chapter) && fill > notesFill && !fitsUnder(chapter, end) && !runOn.includes(chapter.id)) continue;
        chapter.style.breakBefore = 'auto';
        flowing.push(chapter.id);
        rules.push(`${selectorOf(chapter)} { break-before: auto; }`);
        // Moved whole to the next page by its own keep rules (its first question kept on one page,
        // the Kubernetes guide's page 4 left 63 % full): that question may break instead.
        if (!startsIn(chapter, columnOf(end))) splitOpener(chapter, columnOf(end));
        const start = rects(chapter)[0];
        const col = columnOf(start);
        // Still moved whole: it starts that page, named as it is.
        if (col !== columnOf(end) || topIn(start) < 1) continue;
        // The shared page is headed by the chapter it opened with (a named page changes only at a
        // page break), so what of this chapter fits there takes that page's name.
        const opener = chapters
          .slice(0, i)
          .reverse()
          .find((c) => rects(c).some((r) => columnOf(r) < col || (columnOf(r) === col && topIn(r) < 1)));
        // None: the page is the front's last (a short guide's contents, its first chapter and this one).
        const name = opener ? getComputedStyle(opener).page : col === frontLast ? 'front' : 'auto';
        if (!name || name === 'auto') continue;
        const shared = shareOrCut(chapter, col, selectorOf(chapter), name);
        rules.push(...shared.rules);
        // The change of name is a page break in print: the same break here keeps the measure true.
        if (shared.next instanceof HTMLElement) {
          shared.next.style.breakBefore = 'column';
          moved.push(shared.next);
        }
      }
      columns.replaceWith(...(frontLast >= 0 ? [...front, ...chapters] : chapters));
      for (const el of [...chapters, ...moved]) el.style.breakBefore = '';
      for (const el of split) el.style.breakInside = '';
      return done({ flowing, css: [frontCss, ...rules].join('\n'), fontsLoading: loading(), tables: cuts, lines: lineCuts, frontRunOn: frontLast >= 0 });
    },
    block.width,
    block.height,
    NEW_PAGE_FILL,
    FRONT_TAIL,
    TIGHTER_CONTENTS,
    FRONT_RUN_ON_FILL,
    TABLES,
    CUT_TABLE,
    HALF_FULL,
    frontRunOn ?? null,
    SPLIT_HOLE,
    CUT_TEXT,
    TEXT_BLOCKS,
    cutting,
    [...runOn],
    inPlace.withdraw,
    inPlace.apply,
  );
}

/** Where installCutTable puts cutTableInPage in the page, for measurePlan and cutTables alike. */
const CUT_TABLE = '__studyguideCutTable';

/** Puts cutTableInPage in the loaded page (page functions cannot import it), once per call. */
async function installCutTable(page: Page): Promise<void> {
  await page.evaluate(`window.${CUT_TABLE} = ${cutTableInPage.toString()}`);
}

/**
 * Runs in the page. Cuts a table after `rows` body rows: the rest goes into a copy of the table
 * right after it, under a copy of its header row, both at the measured column widths. The tagged
 * PDF reads the two as one table, as it reads a table Chromium breaks itself: the copy of the
 * header row prints but is left out of the structure, and the rest's rows are the first table's
 * (the accessibility tree the tags come from follows aria-owns). Returns the rest.
 */
function cutTableInPage(table: HTMLTableElement, index: number, rows: number, widths: number[]): HTMLTableElement {
  const rest = table.cloneNode(false) as HTMLTableElement;
  rest.append(table.tHead!.cloneNode(true), document.createElement('tbody'));
  rest.tBodies[0].append(...Array.from(table.tBodies[0].rows).slice(rows));
  for (const t of [table, rest]) Array.from(t.tHead!.rows[0].cells).forEach((c, i) => (c.style.width = `${widths[i]}px`));
  rest.dataset.sgRest = '';
  rest.tHead!.setAttribute('aria-hidden', 'true');
  rest.setAttribute('role', 'none');
  rest.tBodies[0].setAttribute('role', 'none');
  const owned = Array.from(rest.tBodies[0].rows).map((row, k) => {
    row.setAttribute('role', 'row');
    for (const cell of Array.from(row.cells)) cell.setAttribute('role', cell.tagName === 'TH' ? 'rowheader' : 'cell');
    return (row.id ||= `sg-rest-${index}-${k}`);
  });
  table.tBodies[0].setAttribute('aria-owns', owned.join(' '));
  table.after(rest);
  return rest;
}

/**
 * Puts every table a plan cut (cutTableInPage) back together in the loaded page, as it was before:
 * a plan made again on text that has moved since cuts where the table now breaks. Kept cut, a
 * table cut where an earlier layout broke it stayed short of the page (a Greek guide's table of
 * twelve rows cut after five, its page 72 % full, once the text above it had risen).
 */
export async function joinTables(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const rest of Array.from(document.querySelectorAll<HTMLTableElement>('table[data-sg-rest]')).reverse()) {
      const table = rest.previousElementSibling;
      if (!(table instanceof HTMLTableElement) || !table.tBodies[0] || !rest.tBodies[0]) continue;
      for (const row of Array.from(rest.tBodies[0].rows)) {
        row.removeAttribute('role');
        for (const cell of Array.from(row.cells)) cell.removeAttribute('role');
        if (row.id.startsWith('sg-rest-')) row.removeAttribute('id');
        table.tBodies[0].append(row);
      }
      table.tBodies[0].removeAttribute('aria-owns');
      for (const cell of Array.from(table.tHead?.rows[0]?.cells ?? [])) {
        cell.style.width = '';
        if (!cell.getAttribute('style')) cell.removeAttribute('style');
      }
      rest.remove();
    }
  });
}

/**
 * Adds a plan's rules to the loaded page as the guide rendered with that plan has them: in a
 * style element of their own, last in the head (templates/guide.hbs).
 */
export async function applyPlan(page: Page, plan: SectionPlan): Promise<void> {
  if (!plan.css) return;
  await page.evaluate((css: string) => {
    const style = document.createElement('style');
    style.textContent = `\n${css}\n`;
    style.dataset.sgPlan = '';
    document.head.append(style);
  }, plan.css);
}

/** Takes a plan added by applyPlan out of the loaded page, for the page to be planned again. */
export async function withdrawPlan(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll('style[data-sg-plan]').forEach((el) => el.remove()));
}
