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
import { holdColumns, predictPages } from '../../../src/print/predict-pages.js';
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
    // Chromium counts the columns' layout as two passes, now and then three (a style or timer of
    // the page's own landing between two reads: 3 of 6 runs alone counted [6, 3, 2, 2] or
    // [6, 3, 2, 1]); the code before this made 35, one per margin read.
    expect(
      counts.slice(1).every((n) => n <= 4),
      `layouts per prediction: ${counts.join(', ')}`,
    ).toBe(true);
    for (const f of found.slice(1)) expect(f).toEqual(found[0]);
  });
});

describe('predicting again and again with the columns held', () => {
  it('stays in the columns between predictions, finds what each prediction alone finds, and puts the page flow back', async () => {
    const held: unknown[] = [];
    const alone: unknown[] = [];
    const between: string[] = [];
    let after: { columns: string; marks: number } | undefined;
    // A question made taller, one after another, as a question let split or a figure moved changes the text.
    const grow = (p: Page, n: number) =>
      p.evaluate((k: number) => {
        const questions = document.querySelectorAll<HTMLElement>('article.question');
        questions.forEach((q, i) => (q.style.paddingTop = i === k ? '120px' : ''));
      }, n);
    await session.withPage((page) =>
      printHtml(page, html, {
        beforePrint: async (p) => {
          await inPrintMedia(p, async () => {
            for (let i = 0; i < 4; i++) {
              await grow(p, i * 3);
              alone.push(await predictPages(p, GUIDE_PAGES.a4, ids));
            }
            await holdColumns(p, async () => {
              for (let i = 0; i < 4; i++) {
                await grow(p, i * 3);
                held.push(await predictPages(p, GUIDE_PAGES.a4, ids));
                // What an animation frame after the prediction lays out: the columns, not the page flow too.
                between.push(await p.evaluate(() => getComputedStyle(document.documentElement).columnWidth));
              }
            });
            after = await p.evaluate(() => ({
              columns: getComputedStyle(document.documentElement).columnWidth,
              marks: document.querySelectorAll('[data-sg-pg]').length,
            }));
          });
          return new Uint8Array(0);
        },
      }),
    );
    expect(held).toEqual(alone);
    expect(new Set(alone.map((f) => JSON.stringify(f))).size).toBeGreaterThan(1);
    // Taken down after each prediction, the next frame laid the page flow out and the next prediction the columns, each whole.
    expect(between.every((width) => width !== 'auto')).toBe(true);
    expect(after).toEqual({ columns: 'auto', marks: 0 });
  });
});

describe('predicting again after only some rules changed', () => {
  it('reads again only the breaks of the elements those rules apply to, and finds what a prediction reading all finds', async () => {
    const reads: number[] = [];
    const found: unknown[] = [];
    const full: unknown[] = [];
    // A page break given to one question, then taken back, in a style element of its own (as a question let split is).
    const setRule = (p: Page, on: boolean) =>
      p.evaluate((rule: boolean) => {
        let style = document.querySelector('style[data-sg-test]');
        if (!style) {
          style = Object.assign(document.createElement('style'), { textContent: '' });
          style.setAttribute('data-sg-test', '');
          document.head.append(style);
        }
        const question = document.querySelectorAll('article.question')[5];
        style.textContent = rule ? `#${CSS.escape(question.id)} { break-before: page; }` : '';
      }, on);
    const counted = (p: Page) => p.evaluate(() => (window as unknown as { __reads: number }).__reads);
    await session.withPage((page) =>
      printHtml(page, html, {
        beforePrint: async (p) => {
          await p.evaluate(() => {
            const w = window as unknown as { __reads: number; getComputedStyle: typeof getComputedStyle };
            const read = w.getComputedStyle.bind(window);
            w.__reads = 0;
            w.getComputedStyle = (el, pseudo) => (w.__reads++, read(el, pseudo));
          });
          await holdColumns(p, async () => {
            for (const on of [false, true, false]) {
              await setRule(p, on);
              const before = await counted(p);
              found.push(await predictPages(p, GUIDE_PAGES.a4, ids, 'style[data-sg-test]'));
              reads.push((await counted(p)) - before);
              full.push(await predictPages(p, GUIDE_PAGES.a4, ids));
            }
          });
          return new Uint8Array(0);
        },
      }),
    );
    expect(found).toEqual(full);
    expect(found[1]).not.toEqual(found[0]);
    expect(found[2]).toEqual(found[0]);
    // The first reads every candidate's breaks (267 here); the others the changed question's, and the page names
    // around each named chapter, read every time (54).
    expect(reads[0]).toBeGreaterThan(50);
    expect(reads[1]).toBeLessThan(reads[0] / 3);
    expect(reads[2]).toBeLessThan(reads[0] / 3);
  });
});
