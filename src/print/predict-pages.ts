import type { Page } from 'puppeteer-core';
import { FONT_RETRIES, settlePrintFonts } from './settle-fonts.js';
import { evaluateInPrint, inPrintMedia } from './print-media.js';
import { callInPage } from './page-functions.js';

/** Where a loaded document's pages would fall, read from its layout without printing. */
export interface PredictedPages {
  /** Page (1-based) of the first fragment of every element whose id was asked for. */
  pages: Map<string, number>;
  /** Pages the document would print. */
  count: number;
  /** How far down its page each of those elements starts, as a share of the page's text area. */
  tops: Map<string, number>;
  /** Page each of those elements ends on (its last fragment's). */
  endPages: Map<string, number>;
  /** How far down that page each of those elements ends (its last fragment's foot), as a share of the text area. */
  bottoms: Map<string, number>;
  /** The text area's height in CSS pixels, which those shares are of. */
  areaHeight: number;
  /** How full the last page is: the body's end, as a share of the page's text area. */
  lastFill: number;
}

/** A page's size in points, as the paper table gives it. */
export interface PageSize {
  width: number;
  height: number;
}

/**
 * Lays the loaded page out as its print would fall, without printing: with the print media
 * emulated, the root becomes a column box one page area wide and one page area tall, so each
 * column is a page (Chromium fragments columns with the same engine it fragments pages with).
 * Page breaks, breaks between named pages and `avoid-page` are turned into their column forms
 * for the measurement, then everything is put back. `unmodelled` (and why) when the @page rules
 * give pages of different text areas, or a break may add a blank page (a column box cannot show
 * either): the caller prints to know.
 * The prediction is checked against the printed PDF by the caller; this is a way to skip a
 * print, never the source of truth.
 * `since`: a selector of the style elements whose rules alone changed since this page's last
 * prediction (a caller that changed nothing else); the breaks are then read again only where those
 * rules apply. Without it every element's breaks are read.
 */
export async function predictPages(page: Page, size: PageSize, ids: readonly string[], since?: string): Promise<PredictedPages | { unmodelled: string }> {
  return measurePages(page, size, ids, 0, since);
}

/**
 * Keeps whole each word whose soft hyphen ends the last line of a page: a reader turning the page
 * in the middle of a word is what a book never asks. Laid out as predictPages lays out the
 * pages, each such word loses its soft hyphens (the line ends a word earlier, the word opens the
 * next page), then the pages are laid out again, FOOT_WORD_ROUNDS rounds at most. Changes the
 * page's text only, the same way on every load with the same plan. Returns where the pages then
 * fall (as predictPages): the round that found no such word measured them already.
 */
export async function keepPageFootWords(page: Page, size: PageSize, ids: readonly string[] = []): Promise<PredictedPages | { unmodelled: string }> {
  return measurePages(page, size, ids, FOOT_WORD_ROUNDS);
}

/** Rounds of keeping words at a page's foot whole and laying the pages out again. */
const FOOT_WORD_ROUNDS = 3;

/**
 * The pages measured (measureInPage), with `footRounds` rounds of keeping page-foot words whole
 * first: a round that keeps none measured the text as it stays, so its pages are the answer.
 * The measuring layout itself asks for the faces it needs (the column layout can need a face
 * the page layout did not: a line now breaks elsewhere); one still loading after it means the
 * numbers came from a fallback face, so the faces are settled and the round measured again, twice
 * at most. No layout is forced beforehand only to load faces: it would lay the whole document
 * out once more for nothing when, as nearly always, they are loaded.
 */
async function measurePages(
  page: Page,
  size: PageSize,
  ids: readonly string[],
  footRounds: number,
  since?: string,
): Promise<PredictedPages | { unmodelled: string }> {
  // Within holdColumns the columns stay up; a prediction alone holds them only while another of its
  // rounds follows, and its last takes them down in its own task (no call more).
  const outer = (holding.get(page) ?? 0) > 0;
  let held = false;
  let done = false;
  try {
    const result = await inPrintMedia(page, async () => {
      let round = 0;
      let retries = 0;
      // After the first round only text changed (words kept whole) or faces loaded: no break moved.
      for (let first = true; ; first = false) {
        const found = await evaluateInPrint(page, measureInPage, size, [...ids], round < footRounds, outer ? 'always' : 'more', first ? (since ?? null) : '');
        held = !('unmodelled' in found) && found.held;
        if ('unmodelled' in found) return { unmodelled: found.unmodelled };
        if (found.fontsLoading && retries < FONT_RETRIES) {
          retries++;
          await settlePrintFonts(page);
          continue;
        }
        if (found.footWords && round < footRounds) {
          round++;
          continue;
        }
        return {
          pages: new Map(found.pages),
          count: found.count,
          tops: new Map(found.tops),
          endPages: new Map(found.endPages),
          bottoms: new Map(found.bottoms),
          areaHeight: found.areaHeight,
          lastFill: found.lastFill,
        };
      }
    });
    done = true;
    return result;
  } finally {
    // A page that failed (crashed, closed) keeps the error it failed with.
    if (!outer && held) await callInPage(page, releaseColumns).catch((err: unknown) => (done ? Promise.reject(err) : undefined));
  }
}

/** Pages now inside holdColumns, and how deep. */
const holding = new WeakMap<Page, number>();

/**
 * Runs fn with the page kept in its measuring column layout between predictions (predictPages,
 * keepPageFootWords): each prediction takes the columns down only when fn ends. Switching the
 * root between the page flow and the columns lays the whole document out anew each way (the
 * animation frame after a prediction laid the page flow out again for nothing), where a change made
 * between two predictions in the columns is laid out again from where it starts: a question let
 * split, tried in turn for each of a part's 150 questions, cost two whole layouts each. fn must
 * only change the document and predict: any other step reading the layout would read the columns.
 * In the print media (inPrintMedia), as predictions are.
 */
export async function holdColumns<T>(page: Page, fn: () => Promise<T>): Promise<T> {
  const level = holding.get(page) ?? 0;
  holding.set(page, level + 1);
  let done = false;
  try {
    const result = await inPrintMedia(page, fn);
    done = true;
    return result;
  } finally {
    holding.set(page, level);
    // A page that failed (crashed, closed) keeps the error it failed with.
    if (level === 0) await callInPage(page, releaseColumns).catch((err: unknown) => (done ? Promise.reject(err) : undefined));
  }
}

/**
 * Takes the columns a prediction held down now, within holdColumns, for a step that reads the page
 * flow; the next prediction holds them again.
 */
export async function dropColumns(page: Page): Promise<void> {
  await callInPage(page, releaseColumns);
}

/** Runs in the page: takes down the columns a held prediction left (measureInPage) and puts its marks back. */
function releaseColumns(): void {
  const w = window as unknown as { __studyguideColumns?: { sheet: HTMLStyleElement; saved: [HTMLElement, string | null][] } };
  const held = w.__studyguideColumns;
  if (!held) return;
  held.sheet.remove();
  for (const [el, value] of held.saved) {
    if (value === null) el.removeAttribute('data-sg-pg');
    else el.setAttribute('data-sg-pg', value);
  }
  delete w.__studyguideColumns;
}

/** The loaded page printed as an untagged draft, for its page numbers only. */
export function draftPrint(page: Page): Promise<Uint8Array> {
  return page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: false, outline: false });
}

/** Runs in the page (as our code: the page's own scripting stays off). */
async function measureInPage(
  size: PageSize,
  ids: string[],
  footWords = false,
  /** Leave the columns up for the next prediction: always (within holdColumns), or when another round follows. */
  hold: 'always' | 'more' | 'never' = 'never',
  /** Style elements (a selector) whose rules alone may have changed since this page's last prediction; null: anything may have. */
  since: string | null = null,
): Promise<
  | {
      pages: [string, number][];
      tops: [string, number][];
      endPages: [string, number][];
      bottoms: [string, number][];
      areaHeight: number;
      count: number;
      lastFill: number;
      fontsLoading: boolean;
      /** Words kept whole because their soft hyphen ended a page (with `footWords` only). */
      footWords: number;
      /** The columns were left up (hold). */
      held: boolean;
    }
  | { unmodelled: string }
> {
  const PX_PER_PT = 96 / 72;
  // Columns a held prediction left up (holdColumns): its marks are taken off before the styles
  // are read (they override the breaks read below), its sheet stays until replaced in the same
  // task, so an unchanged document is not laid out again.
  const w = window as unknown as { __studyguideColumns?: { sheet: HTMLStyleElement; saved: [HTMLElement, string | null][] } };
  const held = w.__studyguideColumns;
  delete w.__studyguideColumns;
  // The marks it left, each with the value it replaced: taken off an element before its styles are read.
  const current = new Map<HTMLElement, string | null>(held?.saved ?? []);
  const unmark = (el: Element) => {
    if (!(el instanceof HTMLElement) || !current.has(el)) return;
    const value = current.get(el) ?? null;
    if (value === null) el.removeAttribute('data-sg-pg');
    else el.setAttribute('data-sg-pg', value);
    current.delete(el);
  };
  const unmarkAll = () => [...current.keys()].forEach(unmark);
  const unhold = () => (unmarkAll(), held?.sheet.remove());
  // What the last prediction read of the breaks (below), taken until this one has read what it
  // must: one that ends early (unmodelled) or fails leaves none.
  const bw = window as unknown as { __studyguideBreaks?: Breaks };
  const last = bw.__studyguideBreaks;
  delete bw.__studyguideBreaks;
  // A length is read from a probe's laid-out width, which lays the whole document out in the
  // page's own flow (not the columns measured below) for nothing else: an absolute length is read
  // once and remembered, as a measuring load predicts its pages twenty times and more.
  const known = ((window as unknown as { __studyguidePx?: Map<string, number> }).__studyguidePx ??= new Map());
  let probe: HTMLDivElement | undefined;
  const px = (length: string): number | undefined => {
    if (!length) return undefined;
    const absolute = /^\d*\.?\d+(px|mm|cm|in|pt|pc|q)$/i.test(length);
    const remembered = absolute ? known.get(length) : undefined;
    if (remembered !== undefined) return remembered;
    if (!probe) {
      probe = document.createElement('div');
      probe.style.cssText = 'position:absolute;visibility:hidden;height:0';
      document.body.append(probe);
    }
    probe.style.width = length;
    const value = probe.getBoundingClientRect().width;
    probe.style.width = '0';
    if (absolute) known.set(length, value);
    return value;
  };
  // The base rule's size is the caller's paper. The text area of every kind of page the @page
  // rules tell apart (left or right, first or not, each page name), each rule applied in the
  // order of its specificity: one area for all, or no prediction.
  const rules: { name: string; pseudos: string[]; style: CSSStyleDeclaration }[] = [];
  const collect = (list: CSSRuleList) => {
    for (const rule of Array.from(list)) {
      if (rule instanceof CSSPageRule) {
        for (const selector of rule.selectorText.split(',')) {
          const [name, ...pseudos] = selector.trim().split(':');
          rules.push({ name, pseudos, style: rule.style });
        }
      } else if (rule instanceof CSSMediaRule && window.matchMedia(rule.conditionText).matches) collect(rule.cssRules);
    }
  };
  for (const sheet of Array.from(document.styleSheets)) if (sheet.ownerNode !== held?.sheet) collect(sheet.cssRules);
  const rank = (r: (typeof rules)[number]) => (r.name ? 100 : 0) + (r.pseudos.includes('first') ? 10 : 0) + r.pseudos.filter((p) => p !== 'first').length;
  const ordered = rules
    .map((r, i) => ({ r, i }))
    .sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i)
    .map(({ r }) => r);
  const names = ['', ...new Set(rules.map((r) => r.name).filter(Boolean))];
  const firsts = rules.some((r) => r.pseudos.includes('first')) ? [false, true] : [false];
  const areas: { width: number; height: number }[] = [];
  try {
    for (const name of names) {
      for (const side of ['left', 'right']) {
        for (const first of firsts) {
          const m: Record<string, string> = {};
          for (const r of ordered) {
            if (r.name && r.name !== name) continue;
            if (!r.pseudos.every((p) => p === side || (p === 'first' && first))) continue;
            if ((r.name || r.pseudos.length) && r.style.getPropertyValue('size')) return { unmodelled: `@page ${r.name}:${r.pseudos.join(':')} sets a size` };
            for (const edge of ['top', 'right', 'bottom', 'left']) m[edge] = r.style.getPropertyValue(`margin-${edge}`) || m[edge];
          }
          // Rounded up to whole pixels as Chromium's print does (render/guide-page-sizes.ts, printedArea).
          areas.push({
            width: Math.ceil(size.width * PX_PER_PT - (px(m.left) ?? 0) - (px(m.right) ?? 0) - 0.001),
            height: Math.ceil(size.height * PX_PER_PT - (px(m.top) ?? 0) - (px(m.bottom) ?? 0) - 0.001),
          });
        }
      }
    }
  } finally {
    probe?.remove();
  }
  const { width, height } = areas[0];
  if (areas.some((a) => Math.abs(a.width - width) > 0.01 || Math.abs(a.height - height) > 0.01))
    return (unhold(), { unmodelled: 'pages of different text areas' });
  if (!(width > 0 && height > 0)) return (unhold(), { unmodelled: 'no page area' });

  // Each candidate element's own breaks, read once and again only where the caller says the
  // document may have changed since this page's last prediction (getComputedStyle over every
  // question, kept paragraph and list item was three quarters of a held prediction's script time):
  // `since` names the style elements whose rules may have changed (a question let split), and
  // only the elements their selectors match before or after are read again. Without it, or in a
  // new document or viewport, every candidate is read. (A MutationObserver cannot tell: the page's
  // own scripting is off, and its callback, which would take the records, never runs.)
  type Own = { skip: boolean; tokens: string[]; unmodelled?: string; page: string };
  type Breaks = { own: Map<Element, Own>; candidates: Element[]; sheets: Map<Element, string[]>; root: Element; key: string };
  const key = `${window.innerWidth}x${window.innerHeight}`;
  let full = since === null || !last || last.root !== document.documentElement || last.key !== key;
  const state: Breaks = full || !last ? { own: new Map(), candidates: [], sheets: new Map(), root: document.documentElement, key } : last;
  const ours = (n: Element) => n === held?.sheet;
  // Every selector of a sheet, whatever its media: undefined where one cannot be matched alone.
  const selectorsOf = (style: HTMLStyleElement): string[] | undefined => {
    const out: string[] = [];
    const walk = (list: CSSRuleList): boolean => {
      for (const rule of Array.from(list)) {
        if (rule instanceof CSSStyleRule) {
          if (rule.selectorText.includes('::') || rule.cssRules.length) return false;
          out.push(rule.selectorText);
        } else if (rule instanceof CSSImportRule) return false;
        else if ('cssRules' in rule && !walk((rule as CSSGroupingRule).cssRules)) return false;
      }
      return true;
    };
    return !style.isConnected || !style.sheet ? [] : walk(style.sheet.cssRules) ? out : undefined;
  };
  // The elements a changed sheet's rules matched before the change or match now.
  const dirty = new Set<Element>();
  const changed = full || !since ? [] : Array.from(document.querySelectorAll<HTMLStyleElement>(`style:is(${since})`)).filter((el) => !ours(el));
  if (!full && since) for (const el of state.sheets.keys()) if (!el.isConnected && el.matches(since)) changed.push(el as HTMLStyleElement);
  if (!full) {
    for (const style of changed) {
      const before = state.sheets.get(style) ?? [];
      const now = selectorsOf(style);
      if (!now) {
        full = true;
        break;
      }
      try {
        for (const selector of [...before, ...now]) document.querySelectorAll(selector).forEach((el) => dirty.add(el));
      } catch {
        full = true;
        break;
      }
      state.sheets.set(style, now);
    }
  }
  if (full) {
    unmarkAll();
    state.own.clear();
    state.sheets.clear();
    for (const style of Array.from(document.querySelectorAll('style'))) {
      if (ours(style)) continue;
      const now = selectorsOf(style);
      if (now) state.sheets.set(style, now);
    }
  }

  // Elements whose breaks or page names matter: those some rule gives a break or a page name.
  // After a change of some sheets, those before and every element the changed rules match: one no
  // longer given a break reads as none (a break or page name not set is auto), so more is harmless,
  // and no rule of the other sheets is matched again.
  let candidates = full ? null : changed.length ? [...new Set([...state.candidates, ...dirty])] : state.candidates;
  if (!candidates) {
    const found = new Set<Element>();
    const styleRules = (list: CSSRuleList, out: CSSStyleRule[]) => {
      for (const rule of Array.from(list)) {
        if (rule instanceof CSSStyleRule) out.push(rule);
        else if (rule instanceof CSSMediaRule && window.matchMedia(rule.conditionText).matches) styleRules(rule.cssRules, out);
        else if (rule instanceof CSSSupportsRule || rule instanceof CSSLayerBlockRule) styleRules(rule.cssRules, out);
      }
      return out;
    };
    for (const sheet of Array.from(document.styleSheets)) {
      if (sheet.ownerNode === held?.sheet) continue;
      for (const rule of styleRules(sheet.cssRules, [])) {
        const s = rule.style;
        if (
          !['break-before', 'break-after', 'break-inside', 'page-break-before', 'page-break-after', 'page-break-inside', 'page'].some((p) =>
            s.getPropertyValue(p),
          )
        )
          continue;
        // A pseudo-element cannot be queried (nor does a break on one move a page).
        if (rule.selectorText.includes('::')) continue;
        document.querySelectorAll(rule.selectorText).forEach((el) => found.add(el));
      }
    }
    document.querySelectorAll('[style]').forEach((el) => found.add(el));
    candidates = [...found];
  }
  const PAGE_BREAKS = ['page', 'left', 'right', 'recto', 'verso'];
  const marks: [HTMLElement, string][] = [];
  const mark = (el: Element, token: string) => {
    if (el instanceof HTMLElement) marks.push([el, token]);
  };
  // The page name an element prints on: its own, else its parent's (auto inherits the used name).
  const usedPage = (el: Element | null): string => {
    for (let e = el; e; e = e.parentElement) {
      const name = getComputedStyle(e).page;
      if (name && name !== 'auto') return name;
    }
    return '';
  };
  const inFlow = (el: Element) => {
    const style = getComputedStyle(el);
    return style.display !== 'none' && style.position !== 'absolute' && style.position !== 'fixed';
  };
  const inFlowSibling = (el: Element, way: 'previousElementSibling' | 'nextElementSibling'): Element | null => {
    let e = el[way];
    while (e && !inFlow(e)) e = e[way];
    return e;
  };
  const firstChild = (el: Element) => Array.from(el.children).find(inFlow);
  const lastChild = (el: Element) => Array.from(el.children).reverse().find(inFlow);
  const startPage = (el: Element): string => {
    const first = firstChild(el);
    return first ? startPage(first) : usedPage(el);
  };
  const endPage = (el: Element): string => {
    const last = lastChild(el);
    return last ? endPage(last) : usedPage(el);
  };
  // An element's own breaks, read without our marks (they override them).
  const readOwn = (el: Element): Own => {
    unmark(el);
    const style = getComputedStyle(el);
    const own: Own = { skip: false, tokens: [], page: style.page };
    if (style.display === 'none' || style.position === 'absolute' || style.position === 'fixed') return { ...own, skip: true };
    if (PAGE_BREAKS.includes(style.breakBefore)) {
      // A left/right break may add a blank page, which columns cannot show.
      if (style.breakBefore !== 'page') return { ...own, unmodelled: `break-before: ${style.breakBefore}` };
      own.tokens.push('b');
    }
    if (PAGE_BREAKS.includes(style.breakAfter)) {
      if (style.breakAfter !== 'page') return { ...own, unmodelled: `break-after: ${style.breakAfter}` };
      own.tokens.push('a');
    }
    if (style.breakInside === 'avoid-page') own.tokens.push('i');
    if (style.breakBefore === 'avoid-page') own.tokens.push('vb');
    if (style.breakAfter === 'avoid-page') own.tokens.push('va');
    return own;
  };
  for (const el of candidates) {
    let own = dirty.has(el) ? undefined : state.own.get(el);
    if (!own) state.own.set(el, (own = readOwn(el)));
    if (own.skip) continue;
    if (own.unmodelled) return (unhold(), { unmodelled: own.unmodelled });
    for (const token of own.tokens) mark(el, token);
    // A change of page name between siblings is a forced page break: where the page value the
    // one before ends on differs from the one the next starts on (a box starts and ends on the
    // page values of its first and last children, so a name given to the first children of a
    // section that goes on under the one before moves no break). No break property stops it in
    // print, so its column break ('n') outranks every rule, `break-before: avoid !important` too.
    if (own.page && own.page !== 'auto') {
      const prev = inFlowSibling(el, 'previousElementSibling');
      if (prev && endPage(prev) !== startPage(el)) mark(el, 'n');
      const next = inFlowSibling(el, 'nextElementSibling');
      if (next && endPage(el) !== startPage(next)) mark(next, 'n');
    }
  }
  state.candidates = candidates;
  bw.__studyguideBreaks = state;
  const sheet = held?.sheet ?? document.createElement('style');
  const columnRules = [
    `html { column-width: ${width}px !important; column-gap: 0 !important; column-fill: auto !important; width: ${width}px !important; height: ${height}px !important; max-width: none !important; max-height: none !important; margin: 0 !important; padding: 0 !important; border: 0 !important; overflow: visible !important; }`,
    '[data-sg-pg~="b"] { break-before: column !important; }',
    // Given the weight of five ids by an alternative no element matches (one id cannot be two), it outranks
    // any rule of the guide's. Not in a cascade layer: a sheet adding one makes the page's faces anew.
    ':is([data-sg-pg~="n"], #sg-never#sg-none#sg-not#sg-no#sg-nil) { break-before: column !important; }',
    '[data-sg-pg~="a"] { break-after: column !important; }',
    '[data-sg-pg~="i"] { break-inside: avoid-column !important; }',
    '[data-sg-pg~="vb"] { break-before: avoid-column !important; }',
    '[data-sg-pg~="va"] { break-after: avoid-column !important; }',
  ].join('\n');
  if (sheet.textContent !== columnRules) sheet.textContent = columnRules;
  // Each element's marks, after the value it had without them; an element marked before and not now gets that value back.
  const want = new Map<HTMLElement, { before: string | null; value: string }>();
  for (const [el, token] of marks) {
    const entry = want.get(el) ?? { before: current.has(el) ? (current.get(el) ?? null) : el.getAttribute('data-sg-pg'), value: '' };
    if (!want.has(el)) entry.value = entry.before ?? '';
    entry.value = `${entry.value} ${token}`.trim();
    want.set(el, entry);
  }
  for (const el of [...current.keys()]) if (!want.has(el)) unmark(el);
  for (const [el, { value }] of want) if (el.getAttribute('data-sg-pg') !== value) el.setAttribute('data-sg-pg', value);
  const saved = [...want].map(([el, { before }]) => [el, before] as [HTMLElement, string | null]);
  // Last in the head, as a new one is: a style added since (a question let split) comes before it.
  if (sheet.parentNode !== document.head || sheet.nextSibling) document.head.append(sheet);
  let keep = hold === 'always';
  try {
    const root = document.documentElement.getBoundingClientRect();
    // Columns follow the text's direction: a right-to-left guide's run leftwards from the first,
    // so its pages are counted from the right (counted from the left, a Hebrew guide was all page 1).
    const rtl = getComputedStyle(document.documentElement).direction === 'rtl';
    const columnOf = (rect: DOMRect) => Math.max(0, Math.floor((rtl ? root.right - rect.right + 0.5 : rect.left - root.left + 0.5) / width));
    const pages: [string, number][] = [];
    const tops: [string, number][] = [];
    const endPages: [string, number][] = [];
    const bottoms: [string, number][] = [];
    for (const id of ids) {
      const rects = document.getElementById(id)?.getClientRects();
      const rect = rects?.[0];
      if (!rect) continue;
      pages.push([id, columnOf(rect) + 1]);
      tops.push([id, (rect.top - root.top) / height]);
      const last = rects[rects.length - 1];
      endPages.push([id, columnOf(last) + 1]);
      bottoms.push([id, (last.bottom - root.top) / height]);
    }
    // The last page: the column of the body's last fragment; how full it is, from that fragment's foot.
    let count = 1;
    let lastFill = 0;
    for (const rect of Array.from(document.body.getClientRects())) {
      const column = columnOf(rect) + 1;
      if (column < count) continue;
      lastFill = column > count ? 0 : lastFill;
      count = column;
      lastFill = Math.max(lastFill, (rect.bottom - root.top) / height);
    }
    // Read after the layout above: a face it asked for would be loading now.
    const fontsLoading = document.fonts.status !== 'loaded';
    let kept = 0;
    if (footWords && !fontsLoading) {
      const SHY = '\u00ad';
      const range = document.createRange();
      const columnAt = (node: Text, at: number) => {
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        // The range after a broken soft hyphen also reports the hyphen's box: the letter's is the last.
        const r = Array.from(range.getClientRects()).filter((b) => b.width > 0.5);
        return r.length ? columnOf(r[r.length - 1]) : undefined;
      };
      const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{M}\u00ad]/u.test(c);
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const ends: { node: Text; at: number }[] = [];
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (let at = node.data.indexOf(SHY); at >= 0 && at + 1 < node.data.length; at = node.data.indexOf(SHY, at + 1)) {
          range.setStart(node, at);
          range.setEnd(node, at + 1);
          // The soft hyphen a line broke at has a width: the hyphen it printed.
          const shown = Array.from(range.getClientRects()).find((r) => r.width > 0.5);
          if (!shown) continue;
          const after = columnAt(node, at + 1);
          if (after !== undefined && after > columnOf(shown)) ends.push({ node, at });
        }
      }
      for (const { node, at } of ends.reverse()) {
        let start = at;
        let end = at + 1;
        while (start > 0 && isWord(node.data[start - 1])) start--;
        while (end < node.data.length && isWord(node.data[end])) end++;
        node.data = node.data.slice(0, start) + node.data.slice(start, end).replaceAll(SHY, '') + node.data.slice(end);
        kept++;
      }
    }
    keep = hold === 'always' || (hold === 'more' && (fontsLoading || kept > 0));
    return { pages, tops, endPages, bottoms, areaHeight: height, count, lastFill, fontsLoading, footWords: kept, held: keep };
  } finally {
    if (keep) w.__studyguideColumns = { sheet, saved };
    else {
      sheet.remove();
      for (const [el, value] of saved) {
        if (value === null) el.removeAttribute('data-sg-pg');
        else el.setAttribute('data-sg-pg', value);
      }
    }
  }
}
