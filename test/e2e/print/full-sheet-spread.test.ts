import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadDeck } from '../../../src/content/load-deck.js';
import { answeredOnly } from '../../../src/model/deck.js';
import { assetDirs } from '../../../src/render/assets.js';
import { BrowserSession } from '../../../src/print/browser-session.js';
import { createCheatsheetRenderer } from '../../../src/render/render-cheatsheet.js';
import type { SheetFit } from '../../../src/print/fit-cheatsheet.js';
import { fitSheet } from './fit-sheet.js';
import { loadPdf } from '../../../src/print/pdf-io.js';

/**
 * A column sheet already nearly full is not spread: the 40-question data-science deck's sheet,
 * 94 % down the page at 7.5 pt, searched six more layouts (311 ms) for a 0.05 em gap no reader
 * sees. The size search's own layouts are all it makes now, and it still prints once, on one page.
 */
let session: BrowserSession;
beforeAll(() => {
  session = new BrowserSession({ browserWSEndpoint: inject('wsEndpoint') });
});
afterAll(() => session.dispose());

describe('a nearly full column sheet', () => {
  it('is printed without searching for a spread', async () => {
    const deck = answeredOnly(await loadDeck('test/fixtures/data-science-deck/data-science.md'));
    const render = createCheatsheetRenderer(assetDirs());
    const fit: SheetFit | undefined = await fitSheet(session, deck, render(deck, { paper: 'a4' }));
    expect(fit?.pages).toBe(1);
    expect(fit?.prints).toBe(1);
    expect(fit?.oneColumn).toBe(false);
    expect((await loadPdf(fit!.pdf)).getPageCount()).toBe(1);
    // The largest and smallest sizes, then a binary search between them: five layouts, none for a spread (eleven before).
    expect(fit?.layouts).toBeLessThanOrEqual(5);
  }, 120_000);
});
