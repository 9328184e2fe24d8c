import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { loadDeck } from '../../../src/content/load-deck.js';
import { assetDirs } from '../../../src/render/assets.js';
import { createGuideRenderer } from '../../../src/render/render-guide.js';
import { GUIDE_PAGES, guideTextBlock } from '../../../src/render/guide-page-sizes.js';
import { BrowserSession } from '../../../src/print/browser-session.js';
import { printHtml } from '../../../src/print/print-pdf.js';
import { layOutAndPredict } from '../../../src/print/lay-out-body.js';
import { citedIds } from '../../../src/print/print-guide.js';

// A page's emulated media is the page's, not one DevTools client's: when any other client attached
// to the page lets go of it (a second connection to a shared browser closing, as every test file's
// session and every spawned build does when it ends), Chromium puts the page back in the screen
// media. A measuring load switches to the print media once (print-media.ts); measured after such
// a clearing, the page-foot fixture's 20-page body came out at 26 pages in full test runs.

let session: BrowserSession;
let html = '';
let ids: string[] = [];
const block = guideTextBlock('a4');
const size = GUIDE_PAGES.a4;
beforeAll(async () => {
  session = new BrowserSession({ browserWSEndpoint: inject('wsEndpoint') });
  const deck = await loadDeck('test/fixtures/page-foot-hyphens/input.md');
  html = createGuideRenderer(assetDirs())(deck, { paper: 'a4' });
  ids = citedIds(deck);
});
afterAll(() => session.dispose());

/** Another DevTools client attaching to the page and letting go of it, as a closing connection does. */
async function clearMedia(page: Page): Promise<void> {
  const other = await page.createCDPSession();
  await other.detach();
}

/**
 * The body laid out and its pages measured in one load; with `cleared`, the media is cleared before
 * every step the page runs (a step put back in the print media after finding itself out of it is let run).
 */
async function layOut(cleared: boolean) {
  let laid: Awaited<ReturnType<typeof layOutAndPredict>> | undefined;
  let text = '';
  let clearings = 0;
  await session.withPage((p) =>
    printHtml(p, html, {
      beforePrint: async (page) => {
        if (cleared) {
          const evaluate = page.evaluate.bind(page);
          let refused = false;
          page.evaluate = (async (...args: Parameters<Page['evaluate']>) => {
            if (!refused) {
              await clearMedia(page);
              clearings++;
            }
            const result = await evaluate(...args);
            refused = typeof result === 'string' && result.includes('not in the print media');
            return result;
          }) as Page['evaluate'];
        }
        laid = await layOutAndPredict(page, block, size, ids);
        text = await page.$eval('body', (b) => (b.textContent ?? '').replace(/\s+/g, ' '));
        return new Uint8Array(0);
      },
    }),
  );
  if (!laid || 'unmodelled' in laid.pages) throw new Error('the guide should be modelled');
  return { pages: laid.pages, text, clearings, faces: laid.plan.faces };
}

describe('a measuring load whose print media another DevTools client clears', () => {
  it('lays the body out and measures its pages as a load nobody disturbed', async () => {
    const quiet = await layOut(false);
    const disturbed = await layOut(true);
    expect(disturbed.clearings).toBeGreaterThan(5);
    expect(quiet.pages.count).toBeGreaterThan(15);
    expect(disturbed.pages.count).toBe(quiet.pages.count);
    for (const key of ['pages', 'tops', 'endPages', 'bottoms'] as const) expect([...disturbed.pages[key]], key).toEqual([...quiet.pages[key]]);
    expect(disturbed.text === quiet.text).toBe(true);
    // The faces a later load loads instead of laying out: those of the print layout, or none named
    // (it lays out to find them), never a list missing some.
    expect(quiet.faces?.length).toBeGreaterThan(0);
    if (disturbed.faces) expect([...disturbed.faces].sort()).toEqual([...quiet.faces!].sort());
  });
});
