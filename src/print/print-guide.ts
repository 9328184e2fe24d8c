import type { Deck } from '../model/deck.js';
import type { PageMap } from '../render/view.js';
import type { BrowserSession } from './browser-session.js';
import { printHtml } from './print-pdf.js';
import { readDestinationPages } from './pdf-dests.js';

export interface PrintedGuide {
  html: string;
  pdf: Uint8Array;
  /** Page of every section, question and the outro in the final PDF. */
  pages: PageMap;
  blocked: string[];
  passes: number;
  /** False when the numbers still moved on the last allowed pass (the contents may be off). */
  settled: boolean;
}

/**
 * Prints the guide until the contents' page numbers agree with where the headings landed.
 * Chromium has no target-counter(), so each pass reads the named destinations (the targets of
 * the contents' links) from the PDF and renders the numbers in; usually two passes.
 */
export async function printGuide(session: BrowserSession, deck: Deck, render: (pages: PageMap) => string, onPages?: (pages: PageMap) => void, maxPasses = 4): Promise<PrintedGuide> {
  let pages: PageMap = new Map();
  let blocked: string[] = [];
  for (let pass = 1; ; pass++) {
    const html = render(pages);
    // The first pass only measures where headings land (it has no page numbers yet, so it is never
    // the one kept): untagged and without bookmarks it prints faster and its PDF reads faster.
    const draft = pass === 1 && maxPasses > 1;
    const result = await session.withPage((page) => printHtml(page, html, { outline: !draft, tagged: !draft }), 'printing guide.pdf', true);
    blocked = [...new Set([...blocked, ...result.blocked])];
    const found = await readDestinationPages(result.pdf);
    const settled = samePages(pages, found, deck);
    if ((settled && !draft) || pass >= maxPasses) return { html, pdf: result.pdf, pages: found, blocked, passes: pass, settled };
    // The draft's pages are almost always the final ones: the steps citing them can start now.
    if (draft) onPages?.(found);
    pages = found;
  }
}

function samePages(a: PageMap, b: PageMap, deck: Deck): boolean {
  const ids = [...deck.sections.flatMap((s) => [s.id, ...s.questions.map((q) => q.id)]), 'outro'];
  return ids.every((id) => a.get(id) === b.get(id));
}
