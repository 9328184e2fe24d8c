import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadDeck } from '../../../src/content/load-deck.js';
import { allQuestions, answeredOnly, type Deck } from '../../../src/model/deck.js';
import { PAPERS, type Paper } from '../../../src/model/paper.js';
import { assetDirs } from '../../../src/render/assets.js';
import { createGuideRenderer } from '../../../src/render/render-guide.js';
import { BrowserSession } from '../../../src/print/browser-session.js';
import { printHtml } from '../../../src/print/print-pdf.js';
import { citedIds, predictAndFill, printGuide } from '../../../src/print/print-guide.js';
import { keepPageFootWords, predictPages } from '../../../src/print/predict-pages.js';
import { keepCellWords } from '../../../src/print/keep-cell-words.js';
import { limitHyphenRuns } from '../../../src/print/limit-hyphen-runs.js';
import { floatFigures } from '../../../src/print/float-figures.js';
import { keepShortBlocks } from '../../../src/print/keep-short-blocks.js';
import { guideTextBlock } from '../../../src/render/guide-page-sizes.js';
import { destinationPages, readDestinationPages } from '../../../src/print/pdf-dests.js';
import { generateDeck } from '../../../bench/generate-deck.mjs';
import { createCheatsheetRenderer } from '../../../src/render/render-cheatsheet.js';
import { CHEATSHEET_SIZES_PT, type SheetFit } from '../../../src/print/fit-cheatsheet.js';
import { fitSheet } from './fit-sheet.js';
import { loadPdf } from '../../../src/print/pdf-io.js';
import { bundledOut, squash, tempDir } from '../../helpers.js';
import { readContents } from '../guide-reading.js';
import { SHARED_BUILDS_WAIT_MS, sharedBuilds } from '../../shared-builds.js';

// Reads the e2e setup's shared builds (test/shared-builds.ts).
beforeAll(sharedBuilds, SHARED_BUILDS_WAIT_MS);

/**
 * The guide prints once: where each heading lands is read from the page's layout before the
 * print (print/predict-pages.ts), and the contents carry those numbers. Checked against the
 * printed PDF's own destinations and the numbers its contents show.
 */

let session: BrowserSession;
/**
 * This file's loads and prints run in kept pages, as a build's guide and cheat sheet prints do
 * (print/browser-session.ts): a new renderer for each cost about 0.4 s of CPU, more than a small print.
 */
const KEPT = true;
let dir = '';
/** The bundled decks read once for this file (read, never changed): three tests read kubernetes-admin, two infrastructure-engineer. */
const bundledDecks = new Map<string, Promise<Deck>>();
function bundledDeck(slug: string): Promise<Deck> {
  if (!bundledDecks.has(slug)) bundledDecks.set(slug, loadDeck(`content/${slug}.md`));
  return bundledDecks.get(slug)!;
}
let generated: Deck;
beforeAll(async () => {
  session = new BrowserSession({ browserWSEndpoint: inject('wsEndpoint') });
  dir = await tempDir();
  // 120 questions: a contents of several pages, some fifty pages.
  const file = path.join(dir, 'generated.md');
  await writeFile(file, generateDeck(120));
  generated = await loadDeck(file);
});
afterAll(() => session.dispose());

/** The contents' number of every section and question, by id, as printed in the PDF. */
function printedContents(file: string, deck: Deck): Map<string, number> {
  const entries = readContents(file, deck.sections.length + allQuestions(deck).length + (deck.outro ? 1 : 0));
  const byLabel = new Map(entries.map((e) => [e.label, e.page]));
  const numbers = new Map<string, number>();
  for (const s of deck.sections) {
    numbers.set(s.id, byLabel.get(squash(s.title)) ?? -1);
    for (const q of s.questions) numbers.set(q.id, byLabel.get(`Q${q.number}`) ?? -1);
  }
  if (deck.outro) numbers.set('outro', byLabel.get(squash(deck.outro.title)) ?? -1);
  return numbers;
}

describe('page numbers read from the layout', () => {
  it.each(['infrastructure-engineer', 'kubernetes-admin'])('match where every heading of the bundled %s guide printed', async (slug) => {
    const html = readFileSync(path.join(bundledOut(), slug, 'guide.html'), 'utf8');
    const printed = await readDestinationPages(readFileSync(path.join(bundledOut(), slug, 'guide.pdf')));
    const deck = await bundledDeck(slug);
    const ids = citedIds(deck);
    let predicted: Awaited<ReturnType<typeof predictPages>> | undefined;
    await session.withPage(
      (page) =>
        printHtml(page, html, {
          beforePrint: async (p) => {
            // guide.html carries the chapters' plan; the print also kept wide tables' short words whole,
            // hyphen runs short, kept paragraphs and items whole by their lines, let figures rise and kept words whole at page
            // feet (print/lay-out-body.ts), as a print load does here.
            await keepCellWords(p, guideTextBlock('a4'));
            await limitHyphenRuns(p, guideTextBlock('a4'));
            await keepShortBlocks(p, guideTextBlock('a4'));
            await floatFigures(p, PAPERS.a4);
            await keepPageFootWords(p, PAPERS.a4);
            predicted = await predictPages(p, PAPERS.a4, ids);
            return new Uint8Array(0);
          },
        }),
      'printing',
      KEPT,
    );
    expect(predicted && 'pages' in predicted).toBe(true);
    if (!predicted || !('pages' in predicted)) return;
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) expect(predicted.pages.get(id), id).toBe(printed.get(id));
  });
});

describe('numbers written into the contents', () => {
  it('are the numbers returned, also when the prediction is still moving after its last round', async () => {
    const html = createGuideRenderer(assetDirs())(generated, { paper: 'a4' });
    const ids = citedIds(generated);
    let shown: [string, string][] = [];
    let returned: [string, number][] = [];
    await session.withPage(
      (page) =>
        printHtml(page, html, {
          beforePrint: async (p) => {
            // No round to converge in: what stands in the contents is what the last prediction said.
            returned = [...((await predictAndFill(p, PAPERS.a4, ids, 0))?.pages ?? [])];
            shown = await p.$$eval('[data-target]', (els) =>
              els.map((el) => [(el as HTMLElement).dataset.target ?? '', el.textContent ?? ''] as [string, string]),
            );
            return new Uint8Array(0);
          },
        }),
      'printing',
      KEPT,
    );
    expect(returned.length).toBeGreaterThan(100);
    const pages = new Map(returned);
    expect(shown.length).toBeGreaterThan(100);
    for (const [id, text] of shown) expect(text, id).toBe(String(pages.get(id) ?? ''));
  });
});

describe.each(['a4', 'letter'] as Paper[])('a generated guide of 120 questions on %s', (paper) => {
  let pdfFile = '';
  let result: Awaited<ReturnType<typeof printGuide>>;
  beforeAll(async () => {
    const render = createGuideRenderer(assetDirs());
    result = await printGuide(session, generated, (pages) => render(generated, { paper, pages }), PAPERS[paper]);
    pdfFile = path.join(dir, `guide-${paper}.pdf`);
    await writeFile(pdfFile, result.pdf);
  });

  it('prints once, its contents right', async () => {
    expect(result.passes).toBe(1);
    expect(result.settled).toBe(true);
  });

  it('hands on the PDF loaded once: the document it read its destinations from', async () => {
    // The guide step writes the outline into it instead of parsing the PDF a second time.
    expect(result.doc.getPageCount()).toBe((await loadPdf(result.pdf)).getPageCount());
    expect(destinationPages(result.doc)).toEqual(await readDestinationPages(result.pdf));
  });

  it('shows in the contents the page every heading printed on', async () => {
    const destinations = await readDestinationPages(result.pdf);
    const contents = printedContents(pdfFile, generated);
    const ids = citedIds(generated);
    expect(Math.max(...ids.map((id) => destinations.get(id) ?? 0))).toBeGreaterThan(40);
    for (const id of ids) {
      expect(destinations.get(id), id).toBeGreaterThan(0);
      expect(contents.get(id), id).toBe(destinations.get(id));
    }
  });
});

describe('a guide whose layout is not modelled', () => {
  it('prints a draft for its numbers and gets them right', async () => {
    const deck = await bundledDeck('kubernetes-admin');
    const render = createGuideRenderer(assetDirs());
    // Sections opening on a right-hand page may add blank pages, which the layout cannot show.
    const rightHand = (html: string) => html.replace('</head>', '<style>.section { break-before: right; }</style></head>');
    const result = await printGuide(session, deck, (pages) => rightHand(render(deck, { paper: 'a4', pages })), PAPERS.a4);
    expect(result.passes).toBeGreaterThan(1);
    const file = path.join(dir, 'right-hand.pdf');
    await writeFile(file, result.pdf);
    const destinations = await readDestinationPages(result.pdf);
    const contents = printedContents(file, deck);
    for (const id of citedIds(deck)) expect(contents.get(id), id).toBe(destinations.get(id));
  });
});

describe('the cheat sheet size read from the layout', () => {
  it.each(['infrastructure-engineer', 'kubernetes-admin'])('is the largest size giving the fewest pages for %s, in one print', async (slug) => {
    const deck = answeredOnly(await bundledDeck(slug));
    const render = createCheatsheetRenderer(assetDirs());
    const pagesAt = async (fontSize: number) => {
      const { pdf } = await session.withPage((page) => printHtml(page, render(deck, { paper: 'a4', fontSize })), 'printing', KEPT);
      return (await loadPdf(pdf)).getPageCount();
    };
    const fit: SheetFit | undefined = await fitSheet(session, deck, render(deck, { paper: 'a4' }));
    expect(fit?.prints).toBe(1);
    expect((await loadPdf(fit!.pdf)).getPageCount()).toBe(fit!.pages);
    // Printed for real: the smallest size gives no fewer pages, and the next size up gives more.
    expect(await pagesAt(CHEATSHEET_SIZES_PT[0])).toBe(fit!.pages);
    const bigger = CHEATSHEET_SIZES_PT.find((pt) => pt > fit!.fontSize);
    if (bigger !== undefined) expect(await pagesAt(bigger)).toBeGreaterThan(fit!.pages);
    else expect(fit!.pages).toBe(1);
  });
});
