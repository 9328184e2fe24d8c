import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { loadDeck } from '../../../src/content/load-deck.js';
import { assetDirs } from '../../../src/render/assets.js';
import { createGuideRenderer } from '../../../src/render/render-guide.js';
import { guideTextBlock } from '../../../src/render/guide-page-sizes.js';
import { BrowserSession } from '../../../src/print/browser-session.js';
import { printHtml } from '../../../src/print/print-pdf.js';
import { inPrintMedia } from '../../../src/print/print-media.js';
import { applyPlan, measurePlan, replacePlan, withdrawPlan, type SectionPlan } from '../../../src/print/plan-section-breaks.js';

/**
 * A plan made again in place (replacePlan) takes the plan applied out, measures and puts the new
 * one in by one call to the page: it must find what taking out, measuring and applying by three
 * calls finds, and leave the page with that plan alone in it. The bundled infrastructure guide's
 * body is planned five times in a build, its first chapter run on under the contents.
 */
const DECK = 'content/infrastructure-engineer.md';
const block = guideTextBlock('a4');

let session: BrowserSession;
let html = '';
beforeAll(async () => {
  session = new BrowserSession({ browserWSEndpoint: inject('wsEndpoint') });
  html = createGuideRenderer(assetDirs())(await loadDeck(DECK), { paper: 'a4' });
});
afterAll(() => session.dispose());

/** The rules of the plans in the page (applyPlan's style elements), in order. */
const plansIn = (page: Page) => page.evaluate(() => Array.from(document.querySelectorAll('style[data-sg-plan]'), (el) => el.textContent ?? ''));

/** fn run in a load of the guide, in the print media, as the build lays a guide out before printing it. */
async function inGuide<T>(fn: (page: Page) => Promise<T>): Promise<T> {
  const seen: { value?: T } = {};
  await session.withPage(
    (page) =>
      printHtml(page, html, {
        beforePrint: async (p) => {
          seen.value = await inPrintMedia(p, () => fn(p));
          return new Uint8Array(0);
        },
      }),
    'printing guide.pdf',
    true,
  );
  return seen.value as T;
}

describe('planning the chapters again in place', () => {
  it('finds the plan that taking out, measuring and applying find, and leaves it alone in the page', async () => {
    const { first, inPlace, rules, byThree } = await inGuide(async (page) => {
      const first = await measurePlan(page, block);
      await applyPlan(page, first);
      // Nothing cut, so that the second measure finds the page as the first did.
      const inPlace = await replacePlan(page, block, first.frontRunOn, false);
      const rules = await plansIn(page);
      await withdrawPlan(page);
      const byThree: SectionPlan = await measurePlan(page, block, first.frontRunOn, false);
      return { first, inPlace, rules, byThree };
    });
    expect(first.flowing.length, 'chapters run on').toBeGreaterThan(0);
    expect(inPlace).toEqual(byThree);
    expect(rules).toEqual([`\n${inPlace.css}\n`]);
  });

  it('decides the first chapter under the contents as told, measured or not', async () => {
    const plans = await inGuide(async (page) => ({
      free: await measurePlan(page, block, undefined, false),
      kept: await measurePlan(page, block, true, false),
      apart: await measurePlan(page, block, false, false),
    }));
    expect(plans.kept.frontRunOn).toBe(true);
    expect(plans.apart.frontRunOn).toBe(false);
    // The guide's contents end on a page mostly blank: measured, its first chapter runs on under them.
    expect(plans.free).toEqual(plans.kept);
    expect(plans.apart.flowing).not.toContain(plans.kept.flowing[0]);
  });
});
