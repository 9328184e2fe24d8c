import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadDeck } from '../../../src/content/load-deck.js';
import { assetDirs } from '../../../src/render/assets.js';
import { createGuideRenderer } from '../../../src/render/render-guide.js';
import { guideTextBlock } from '../../../src/render/guide-page-sizes.js';
import { BrowserSession } from '../../../src/print/browser-session.js';
import { printHtml } from '../../../src/print/print-pdf.js';
import { settlePrintFonts } from '../../../src/print/settle-fonts.js';
import { measurePlan, type SectionPlan } from '../../../src/print/plan-section-breaks.js';
import { generateDeck } from '../../../bench/generate-deck.mjs';
import { tempDir } from '../../helpers.js';

// Planning the chapters again, a chapter the plan before ran on is set to run on before the one
// before it is read (a layout saved when right). The guess must never change the plan: whether
// every chapter is guessed to run on, none, or those that did, each chapter starts where it did.

let session: BrowserSession;
let html = '';
let chapters: string[] = [];
const block = guideTextBlock('letter');

beforeAll(async () => {
  session = new BrowserSession({ browserWSEndpoint: inject('wsEndpoint') });
  const file = path.join(await tempDir(), 'deck.md');
  await writeFile(file, generateDeck(200, 5));
  const deck = await loadDeck(file);
  html = createGuideRenderer(assetDirs())(deck, { paper: 'letter' });
  chapters = deck.sections.map((s) => s.id);
});
afterAll(() => session.dispose());

/** The chapters planned in a fresh load of the guide, with `hints`. */
async function planWith(hints: readonly string[]): Promise<SectionPlan> {
  let plan: SectionPlan | undefined;
  await session.withPage((p) =>
    printHtml(p, html, {
      beforePrint: async (page) => {
        await settlePrintFonts(page);
        plan = await measurePlan(page, block, undefined, true, hints);
        return new Uint8Array(0);
      },
    }),
  );
  if (!plan) throw new Error('no plan');
  return plan;
}

describe('chapters planned with a guess of those that run on', () => {
  it('plans alike whatever the guess', async () => {
    const plain = await planWith([]);
    // Some chapters run on and some start a page: a guess of all, or of the right ones, is tried both ways.
    expect(plain.flowing.length).toBeGreaterThan(0);
    expect(plain.flowing.length).toBeLessThan(chapters.length - 1);
    for (const hints of [chapters, plain.flowing, chapters.filter((id) => !plain.flowing.includes(id))]) {
      const guessed = await planWith(hints);
      expect(guessed.flowing).toEqual(plain.flowing);
      expect(guessed.css).toBe(plain.css);
      expect(guessed.lines ?? []).toEqual(plain.lines ?? []);
      expect(guessed.tables ?? []).toEqual(plain.tables ?? []);
    }
  });
});
