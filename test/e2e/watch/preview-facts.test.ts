import { afterAll, describe, expect, inject, it, beforeAll } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { lastPrintFacts } from '../../../src/cache/cache.js';
import { defaultOptions } from '../../../src/model/option-schema.js';
import { BrowserSession } from '../../../src/print/browser-session.js';
import { DiagramDrawer } from '../../../src/print/draw-diagrams.js';
import { PREVIEW_PAGES, PreviewRenderer } from '../../../src/watch/preview-render.js';
import { buildWith, bundledOut, tempDir } from '../../helpers.js';
import { SHARED_BUILDS_WAIT_MS, sharedBuilds } from '../../shared-builds.js';

// Reads the e2e setup's shared builds (test/shared-builds.ts).
beforeAll(sharedBuilds, SHARED_BUILDS_WAIT_MS);

// The watch's preview is rendered without a browser, then replaced by the printed pages; the next
// save is patched into those. Rendered with the facts the print kept (page numbers, the chapter
// plan, fitted sizes), the preview is the printed page itself, so a save patches only what changed.
const session = new BrowserSession({ browserWSEndpoint: inject('wsEndpoint') });
afterAll(() => session.dispose());

describe('the facts a print keeps with its outputs', () => {
  it('render the preview as the build wrote the page, byte for byte', async () => {
    const out = bundledOut();
    const facts = await lastPrintFacts(out, 'infrastructure-engineer');
    // A guide with page numbers for every question and both sizes fitted.
    expect(Object.keys(facts?.guidePages ?? {}).length).toBeGreaterThan(40);
    expect(facts?.guidePlan?.css).toBeTruthy();
    expect(Object.keys(facts?.cardFontSizes ?? {}).length).toBeGreaterThan(40);
    expect(facts?.cheatsheetFontSize).toBeGreaterThan(5);
    const renderer = new PreviewRenderer({ ...defaultOptions(), paths: ['content'], outDir: out }, new DiagramDrawer(session));
    try {
      const withFacts = await renderer.render('content/infrastructure-engineer.md', facts);
      const without = await renderer.render('content/infrastructure-engineer.md');
      // The cover carries the day it is rendered on: a run that crosses midnight rendered the
      // preview a day after the global setup printed the guide (failed once at 00:03).
      const undated = (html: string | undefined) => html?.replace(/\b\d{4}-\d{2}-\d{2}\b/g, 'YYYY-MM-DD');
      for (const name of PREVIEW_PAGES) {
        const printed = undated(await readFile(path.join(out, 'infrastructure-engineer', name), 'utf8'));
        expect(undated(withFacts.pages?.[name]) === printed, `${name} with the print's facts`).toBe(true);
        expect(undated(without.pages?.[name]) === printed, `${name} without them`).toBe(false);
      }
    } finally {
      await renderer.close();
    }
  });

  it("set a card printed smaller as printed: its text at its size, its number and footer at the deck's", async () => {
    const outDir = await tempDir();
    const deck = 'test/fixtures/cards-uneven/uneven.md';
    const { result } = await buildWith({ paths: [deck], outDir, outputs: ['cards'] });
    expect(result.failed).toEqual([]);
    const facts = await lastPrintFacts(outDir, 'uneven');
    expect(facts?.cardDeckFontSizes?.answer).toBeGreaterThan(0);
    const renderer = new PreviewRenderer({ ...defaultOptions(), paths: [deck], outDir, outputs: ['cards'] }, new DiagramDrawer(session));
    try {
      const printed = await readFile(path.join(outDir, 'uneven', 'cards.html'), 'utf8');
      // The text of a card set smaller has its own size, inside a card at the deck's.
      expect(printed).toMatch(/<div class="card-text" style="font-size: [\d.]+pt">/);
      expect((await renderer.render(deck, facts)).pages?.['cards.html'] === printed).toBe(true);
    } finally {
      await renderer.close();
    }
  });

  it("set flash cards as printed: the fronts' and backs' text each at its size, every number and footer at one", async () => {
    const deck = 'test/fixtures/cards-uneven/uneven.md';
    const outDir = await tempDir();
    const { result } = await buildWith({ paths: [deck], outDir, outputs: ['cards'], cardFaces: 'flash' });
    expect(result.failed).toEqual([]);
    const facts = await lastPrintFacts(outDir, 'uneven');
    expect(facts?.cardDeckFontSizes?.question).toBeGreaterThan(0);
    expect(facts?.cardDeckFontSizes?.answer).not.toBe(facts?.cardDeckFontSizes?.question);
    const renderer = new PreviewRenderer({ ...defaultOptions(), paths: [deck], outDir, outputs: ['cards'], cardFaces: 'flash' }, new DiagramDrawer(session));
    try {
      const printed = await readFile(path.join(outDir, 'uneven', 'cards.html'), 'utf8');
      // One furniture size on every face of the deck.
      expect(new Set([...printed.matchAll(/<article [^>]*style="font-size: ([\d.]+)pt"/g)].map((m) => m[1])).size).toBe(1);
      // The preview sets every face's furniture and text as printed. (Not byte for byte: the
      // print's facts do not carry the fronts print/align-long-fronts.ts set flush left.)
      const sizes = (html: string | undefined) =>
        [
          ...(html ?? '').matchAll(
            /data-card="([^"]+)"[^>]*?(?: style="font-size: ([\d.]+)pt")?>\s*<div class="card-body">[\s\S]*?<div class="card-text"(?: style="font-size: ([\d.]+)pt")?/g,
          ),
        ].map((m) => m.slice(1).join(' '));
      expect(sizes(printed)).toHaveLength(40);
      expect(sizes((await renderer.render(deck, facts)).pages?.['cards.html'])).toEqual(sizes(printed));
    } finally {
      await renderer.close();
    }
  });

  it('are none for a deck never printed into that folder', async () => {
    expect(await lastPrintFacts(bundledOut(), 'no-such-deck')).toBeUndefined();
  });
});
