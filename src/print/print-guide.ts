import type { Page } from 'puppeteer-core';
import type { Deck } from '../model/deck.js';
import type { PageMap } from '../render/view.js';
import type { BrowserSession } from './browser-session.js';
import { printHtml, type PageNotes } from './print-pdf.js';
import { mergeNotes } from './page-notes.js';
import { destinationPages } from './pdf-dests.js';
import { loadPdf } from './pdf-io.js';
import type { PDFDocument } from 'pdf-lib';
import { draftPrint, holdColumns, predictPages, type PageSize, type PredictedPages } from './predict-pages.js';
import type { SectionPlan, TextBlock } from './plan-section-breaks.js';
import { layOutAndPredict, replayBody, type BodyPlan } from './lay-out-body.js';
import type { WideTable } from './fit-wide-tables.js';
import { span } from '../timeline.js';
import type { FinishedGuide } from './finish-guide-pdf.js';

export interface PrintedGuide {
  pdf: Uint8Array;
  /** The same PDF, loaded: read for its destinations, then handed on (the outline is written into it). Undefined when `finish` read it. */
  doc?: PDFDocument;
  /** The print as `finish` read and finished it (its outline and information written), when given. */
  finished?: FinishedGuide;
  /** Page of every section, question and the outro in the final PDF. */
  pages: PageMap;
  /** What the prints tried and said (print/page-notes.ts). */
  notes: PageNotes;
  /** Prints made: 1 when the layout told the pages, more when the print disagreed. */
  passes: number;
  /** False when the numbers still moved on the last allowed pass (the contents may be off). */
  settled: boolean;
  /** Where its chapters start, when a text block was given to plan them (plan-section-breaks.ts). */
  plan?: SectionPlan;
  /** Tables set smaller to fit the text width (fit-wide-tables.ts). */
  wideTables?: WideTable[];
}

/** Every element id the contents cite: sections, questions, the outro. */
export function citedIds(deck: Deck): string[] {
  return [...deck.sections.flatMap((s) => [s.id, ...s.questions.map((q) => q.id)]), ...(deck.outro ? ['outro'] : [])];
}

/**
 * Prints the guide once: the page is loaded with blank page numbers; given the text `block`, its
 * chapters' page breaks are planned in that load (plan-section-breaks.ts) and the plan applied;
 * its layout then tells where every heading will land (predict-pages.ts), the numbers are written
 * into the contents in the page, and the page is printed. Chromium has no target-counter(), so
 * the printed PDF's named destinations (the targets of the contents' links) are then read back:
 * when they disagree with the numbers (a layout the prediction does not model), the guide is
 * rendered with the plan and the printed numbers and printed again, until they agree. `onPages`
 * hears the numbers as soon as they are known, before the print, so steps citing them can start.
 * `finish`, when given, reads each print instead of loading it here, and finishes it as it reads
 * (finish-guide-pdf.ts, on the guide's PDF thread): the finished bytes of the print that settles
 * are returned, those of a print printed again are dropped.
 */
export function printGuide(
  session: BrowserSession,
  deck: Deck,
  render: (pages: PageMap, plan?: SectionPlan) => string,
  size: PageSize,
  onPages: ((pages: PageMap) => void) | undefined,
  block: TextBlock | undefined,
  maxPasses: number | undefined,
  finish: (pdf: Uint8Array) => Promise<FinishedGuide>,
): Promise<PrintedGuide & { finished: FinishedGuide }>;
export function printGuide(
  session: BrowserSession,
  deck: Deck,
  render: (pages: PageMap, plan?: SectionPlan) => string,
  size: PageSize,
  onPages?: (pages: PageMap) => void,
  block?: TextBlock,
  maxPasses?: number,
): Promise<PrintedGuide & { doc: PDFDocument }>;
export async function printGuide(
  session: BrowserSession,
  deck: Deck,
  render: (pages: PageMap, plan?: SectionPlan) => string,
  size: PageSize,
  onPages?: (pages: PageMap) => void,
  block?: TextBlock,
  maxPasses = 4,
  finish?: (pdf: Uint8Array) => Promise<FinishedGuide>,
): Promise<PrintedGuide> {
  const ids = citedIds(deck);
  let pages: PageMap = new Map();
  let notes: PageNotes = { blocked: [], said: [] };
  let plan: BodyPlan | undefined;
  for (let pass = 1; ; pass++) {
    const html = render(pages, plan);
    let predicted: PageMap | undefined;
    // The first load lays the body out and plans it (lay-out-body.ts); a later one makes the same
    // changes, and already has the numbers the print gave.
    const beforePrint = async (page: Page) => {
      if (pass !== 1) return void (block && (await replayBody(page, block, size, plan)));
      let first: PredictedPages | { unmodelled: string } | undefined;
      if (block) ({ plan, pages: first } = await span('lay out and plan', () => layOutAndPredict(page, block, size, ids)));
      const found = await span('predict and fill', () => predictAndFill(page, size, ids, 3, first));
      // A layout the prediction does not model: an untagged draft, read for the numbers.
      if (!found) return draftPrint(page);
      predicted = found.pages;
      onPages?.(found.pages);
    };
    const result = await session.withPage((page) => printHtml(page, html, { outline: true, tagged: true, beforePrint }), 'printing guide.pdf', true);
    notes = mergeNotes([notes, result]);
    // Loaded once: the caller writes the outline into this document rather than parsing the PDF again.
    const read = finish
      ? await span('guide pdf finish', () => finish(result.pdf)).then((finished) => ({ finished, doc: undefined, found: finished.pages }))
      : await span('guide pdf load', () => loadPdf(result.pdf)).then((doc) => ({ finished: undefined, doc, found: destinationPages(doc) }));
    const { found } = read;
    const draft = pass === 1 && !predicted;
    const settled = samePages(predicted ?? pages, found, ids);
    if ((settled && !draft) || pass >= maxPasses)
      return { pdf: result.pdf, doc: read.doc, finished: read.finished, pages: found, notes, passes: pass, settled, plan, wideTables: plan?.wideTables };
    if (draft) onPages?.(found);
    pages = found;
  }
}

/**
 * Predicts the loaded guide's pages, writes them into its contents (every `[data-target]`
 * element shows the page of the id it names) and predicts again, until the numbers no longer
 * move the layout (they rarely do: the number column has a fixed width). Undefined when the
 * layout cannot be modelled. `first`: the pages already predicted for the loaded page as it is.
 */
export async function predictAndFill(
  page: Page,
  size: PageSize,
  ids: readonly string[],
  rounds = 3,
  first?: PredictedPages | { unmodelled: string },
): Promise<PredictedPages | undefined> {
  // The numbers written between two predictions are laid out again in the columns alone (holdColumns).
  return holdColumns(page, () => fillAndPredict(page, size, ids, rounds, first));
}

async function fillAndPredict(
  page: Page,
  size: PageSize,
  ids: readonly string[],
  rounds: number,
  first?: PredictedPages | { unmodelled: string },
): Promise<PredictedPages | undefined> {
  let found = first ?? (await predictPages(page, size, ids));
  for (let round = 0; round < rounds && !('unmodelled' in found); round++) {
    await fillPageNumbers(page, found.pages);
    const again = await predictPages(page, size, ids);
    if ('unmodelled' in again) return undefined;
    if (again.count === found.count && samePages(found.pages, again.pages, ids)) return again;
    found = again;
  }
  if ('unmodelled' in found) return undefined;
  // Still moving after the last round (fonts settling on a loaded machine): the contents must show
  // the numbers returned, or the print would carry older ones that the check against the PDF's
  // destinations cannot see. Should they move the layout, that check finds it and prints again.
  await fillPageNumbers(page, found.pages);
  return found;
}

/**
 * Writes each cited page into the loaded page's `[data-target]` elements, in the digits the
 * guide prints its page numbers in (the contents' data-digits, those of its footer counter).
 */
export async function fillPageNumbers(page: Page, pages: PageMap): Promise<void> {
  await page.evaluate(
    (entries: [string, number][]) => {
      const map = new Map(entries);
      document.querySelectorAll<HTMLElement>('[data-target]').forEach((el) => {
        const n = map.get(el.dataset.target ?? '');
        const digits = [...(el.closest<HTMLElement>('[data-digits]')?.dataset.digits ?? '')];
        el.textContent = n === undefined ? '' : digits.length === 10 ? String(n).replace(/[0-9]/g, (d) => digits[Number(d)]) : String(n);
      });
    },
    [...pages],
  );
}

function samePages(a: PageMap, b: PageMap, ids: readonly string[]): boolean {
  return ids.every((id) => a.get(id) === b.get(id));
}
