import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { loadDeck } from '../../../src/content/load-deck.js';
import { assetDirs } from '../../../src/render/assets.js';
import { createGuideRenderer } from '../../../src/render/render-guide.js';
import { GUIDE_PAGES } from '../../../src/render/guide-page-sizes.js';
import { BrowserSession } from '../../../src/print/browser-session.js';
import { printHtml } from '../../../src/print/print-pdf.js';
import { predictPages } from '../../../src/print/predict-pages.js';
import { inPrintMedia } from '../../../src/print/print-media.js';
import { citedIds } from '../../../src/print/print-guide.js';
import { generateDeck } from '../../../bench/generate-deck.mjs';
import { tempDir } from '../../helpers.js';

// A measuring load predicts its pages twenty times and more (each question let split, each box
// kept with its answer, each round of page-foot words). Reading the page margins from a probe's
// width laid the whole document out in its own flow, once per margin of every kind of page, on
// every prediction: only the columns the prediction measures should be laid out after the first.

let session: BrowserSession;
let html = '';
let ids: string[] = [];
beforeAll(async () => {
  session = new BrowserSession({ browserWSEndpoint: inject('wsEndpoint') });
  const file = path.join(await tempDir(), 'generated.md');
  await writeFile(file, generateDeck(20));
  const deck = await loadDeck(file);
  html = createGuideRenderer(assetDirs())(deck, { paper: 'a4' });
  ids = citedIds(deck);
});
afterAll(() => session.dispose());

/** Layouts Chromium made for the page so far (CDP Performance metrics). */
const layouts = async (page: Page): Promise<number> => (await page.metrics()).LayoutCount ?? NaN;

describe('predicting the pages of a loaded guide again', () => {
  it('lays out only its columns, and finds the same pages', async () => {
    const counts: number[] = [];
    const found: unknown[] = [];
    await session.withPage((page) =>
      printHtml(page, html, {
        beforePrint: async (p) => {
          await inPrintMedia(p, async () => {
            for (let i = 0; i < 4; i++) {
              // A change of rules between predictions, as a question let split is.
              await p.evaluate((n: number) => document.body.style.setProperty('--sg-test', String(n)), i);
              const before = await layouts(p);
              found.push(await predictPages(p, GUIDE_PAGES.a4, ids));
              counts.push((await layouts(p)) - before);
            }
          });
          return new Uint8Array(0);
        },
      }),
    );
    // Chromium counts the columns' layout as two passes; main's code made 35 (one per margin read).
    expect(counts.slice(1).every((n) => n <= 2)).toBe(true);
    for (const f of found.slice(1)) expect(f).toEqual(found[0]);
  });
});
