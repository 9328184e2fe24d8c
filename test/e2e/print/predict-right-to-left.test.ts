import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadDeck } from '../../../src/content/load-deck.js';
import { assetDirs } from '../../../src/render/assets.js';
import { createGuideRenderer } from '../../../src/render/render-guide.js';
import { GUIDE_PAGES, guideTextBlock } from '../../../src/render/guide-page-sizes.js';
import { BrowserSession } from '../../../src/print/browser-session.js';
import { printHtml } from '../../../src/print/print-pdf.js';
import { predictPages, type PredictedPages } from '../../../src/print/predict-pages.js';
import { inPrintMedia } from '../../../src/print/print-media.js';
import { citedIds } from '../../../src/print/print-guide.js';
import { measurePlan, type SectionPlan } from '../../../src/print/plan-section-breaks.js';
import { pdfInfo, tempDir } from '../../helpers.js';
import { pageFill } from '../../pdf-page-fill.js';

/**
 * A right-to-left guide's pages, predicted in columns (predict-pages.ts), lay those columns out
 * leftwards from the first: counted from the left, every column was page 1, so the splitting of
 * kept questions, the boxes kept with their answers and the page-foot words saw a one-page guide
 * and did nothing (a Hebrew guide kept pages 73 % and 74 % full, and a page more, A4 9 → 8 pages).
 * Read from the printed PDF: the prediction finds the pages it prints. The section plan measures
 * in columns too: counted from the left, a long Hebrew guide's body took up no pages after the
 * contents, and its first section went on under them as a two-page handout's does. The first
 * section goes on under the contents only when their page is under half full, in either direction.
 */
const FIXTURE = 'test/fixtures/right-to-left/networking-he.md';

let session: BrowserSession;
let html = '';
let ids: string[] = [];
let file = '';
let predicted: PredictedPages | undefined;
beforeAll(async () => {
  session = new BrowserSession({ browserWSEndpoint: inject('wsEndpoint') });
  // The bank's questions three times over (numbered apart) in its first section, for a section of
  // several pages, then its second section and its closing notes.
  const [head, basics, balancing, closing] = (await readFile(FIXTURE, 'utf8')).split(/^(?=## )/m);
  const questions = (section: string) => section.slice(section.indexOf('### '));
  const long = [1, 2, 3].map((n) => (questions(basics) + questions(balancing)).replace(/^### /gm, `### (${n}) `)).join('\n');
  const text = [head, basics.slice(0, basics.indexOf('### ')), long, balancing, closing].join('');
  file = path.join(await tempDir(), 'networking-he.md');
  await writeFile(file, text);
  const deck = await loadDeck(file);
  html = createGuideRenderer(assetDirs())(deck, { paper: 'a4' });
  ids = citedIds(deck);
});
afterAll(() => session.dispose());

describe('predicting the pages of a right-to-left guide', () => {
  it('finds the pages it prints', async () => {
    const seen: { found?: PredictedPages | { unmodelled: string } } = {};
    const { pdf } = await session.withPage(
      (page) =>
        printHtml(page, html, {
          beforePrint: async (p) => {
            seen.found = await inPrintMedia(p, () => predictPages(p, GUIDE_PAGES.a4, ids));
            return undefined;
          },
        }),
      // In a kept page, as the build prints a guide: a renderer started for each load cost more than the load.
      'printing guide.pdf',
      true,
    );
    const out = path.join(path.dirname(file), 'guide.pdf');
    await writeFile(out, pdf);
    const printed = Number(pdfInfo(out).Pages);
    expect(printed).toBeGreaterThan(4);
    const result = seen.found ?? { unmodelled: 'not run' };
    if ('unmodelled' in result) throw new Error(`not predicted: ${result.unmodelled}`);
    predicted = result;
    expect(result.count).toBe(printed);
    const pages = ids.map((id) => result.pages.get(id) ?? 0);
    expect(Math.max(...pages), 'the last question’s page').toBeGreaterThan(printed - 2);
  });
});

describe('planning the sections of a right-to-left guide', () => {
  it('runs the body on under the contents only when their page is under half full, as a left-to-right guide does', async () => {
    let plan: SectionPlan = { flowing: [], css: '' };
    await session.withPage(
      (page) =>
        printHtml(page, html, {
          beforePrint: async (p) => {
            plan = await measurePlan(p, guideTextBlock('a4'));
            return new Uint8Array(0);
          },
        }),
      'printing guide.pdf',
      true,
    );
    // The first section goes on under the contents exactly when their page, printed without the plan, is under half full.
    const body = Math.min(...ids.map((id) => predicted?.pages.get(id) ?? Infinity));
    const fill = pageFill(path.join(path.dirname(file), 'guide.pdf'), GUIDE_PAGES.a4.margins)[body - 2];
    expect(plan.frontRunOn, `contents page ${Math.round(fill * 100)} % full`).toBe(fill < 0.5);
  });
});
