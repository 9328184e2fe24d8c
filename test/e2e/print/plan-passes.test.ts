import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadDeck } from '../../../src/content/load-deck.js';
import { assetDirs } from '../../../src/render/assets.js';
import { addGraphics } from '../../../src/render/deck-graphics.js';
import { createGuideRenderer } from '../../../src/render/render-guide.js';
import { GUIDE_PAGES, guideTextBlock } from '../../../src/render/guide-page-sizes.js';
import { BrowserSession } from '../../../src/print/browser-session.js';
import { DiagramDrawer } from '../../../src/print/draw-diagrams.js';
import { printHtml } from '../../../src/print/print-pdf.js';
import { layOutAndPredict, type LaidOutBody } from '../../../src/print/lay-out-body.js';
import { citedIds } from '../../../src/print/print-guide.js';

/**
 * The chapters are planned again after the steps of laying out that move text (figures let rise or
 * sink, questions let split, boxes kept with their answers). On the bundled infrastructure guide's
 * A4 body each of four such steps moved "Scenario-based" on or off (the page before it 92 % full,
 * then 68 %, then 92 %...): five plans. The figures and questions moved after the boxes' first
 * round are planned for together with the boxes' next round: four plans, the same pages.
 */
const DECK = 'content/infrastructure-engineer.md';

let session: BrowserSession;
let laid: LaidOutBody | undefined;
beforeAll(async () => {
  session = new BrowserSession({ browserWSEndpoint: inject('wsEndpoint') });
  // Drawn as a build draws it: the diagrams' heights move where the chapters end.
  const deck = await addGraphics(await loadDeck(DECK), new DiagramDrawer(session), assetDirs());
  const html = createGuideRenderer(assetDirs())(deck, { paper: 'a4', page: 'a4', pages: new Map() });
  await session.withPage(
    (page) =>
      printHtml(page, html, {
        beforePrint: async (p) => {
          laid = await layOutAndPredict(p, guideTextBlock('a4'), GUIDE_PAGES.a4, citedIds(deck));
          return new Uint8Array(0);
        },
      }),
    'printing guide.pdf',
    true,
  );
});
afterAll(() => session.dispose());

describe('planning the chapters again while laying out', () => {
  it('plans once for the figures moved after the boxes and the boxes kept after them', () => {
    const plans = (laid?.plans ?? []).map((p) => (p.includes('s-scenario-based') ? 'on' : 'own page'));
    // First plan; figures risen (it runs on); boxes kept (own page); the VPC diagram sunk and Q19's box kept (own page).
    expect(plans).toEqual(['own page', 'on', 'own page', 'own page']);
  });
});
