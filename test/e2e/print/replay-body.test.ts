import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDict, PDFName } from 'pdf-lib';
import { loadDeck } from '../../../src/content/load-deck.js';
import { assetDirs } from '../../../src/render/assets.js';
import { createGuideRenderer } from '../../../src/render/render-guide.js';
import { GUIDE_PAGES, guideTextBlock } from '../../../src/render/guide-page-sizes.js';
import { BrowserSession } from '../../../src/print/browser-session.js';
import { printHtml } from '../../../src/print/print-pdf.js';
import { layOutAndPredict, layOutBody, layOutUnplanned, replayBody, type BodyPlan } from '../../../src/print/lay-out-body.js';
import { predictPages } from '../../../src/print/predict-pages.js';
import { loadedFaces, loadFaces } from '../../../src/print/loaded-faces.js';
import { citedIds } from '../../../src/print/print-guide.js';
import type { Deck } from '../../../src/model/deck.js';
import { mergePdfParts } from '../../../src/print/merge-pdfs.js';
import { loadPdf, savePdf } from '../../../src/print/pdf-io.js';
import { generateDeck } from '../../../bench/generate-deck.mjs';
import { tempDir } from '../../helpers.js';

// The load that lays a guide's body out records the soft hyphens it took out (wide tables, hyphen
// runs, words at a page's foot); a later load of the same body takes out the same ones without
// laying it out again. Its text must be what laying out again would give.

let session: BrowserSession;
let html = '';
let deck: Deck;
const block = guideTextBlock('a4');
const size = GUIDE_PAGES.a4;
beforeAll(async () => {
  session = new BrowserSession({ browserWSEndpoint: inject('wsEndpoint') });
  const file = path.join(await tempDir(), 'generated.md');
  // 20 questions: the fewest of this deck whose layout takes a soft hyphen out (15 take none, 40
  // take two). Each test loads this guide several times; at 40 questions those loads were most
  // of this file's CPU.
  await writeFile(file, generateDeck(20));
  deck = await loadDeck(file);
  html = createGuideRenderer(assetDirs())(deck, { paper: 'a4' });
});
afterAll(() => session.dispose());

/** The body's text after `step` ran in a load of `page`, its white space collapsed (laying out moves a figure's, say). */
async function textAfter(page: string, step: (p: import('puppeteer-core').Page) => Promise<unknown>): Promise<string> {
  let text = '';
  await session.withPage((p) =>
    printHtml(p, page, {
      beforePrint: async (loaded) => {
        await step(loaded);
        text = await loaded.evaluate(() => (document.body.textContent ?? '').replace(/\s+/g, ' '));
        return new Uint8Array(0);
      },
    }),
  );
  return text;
}

describe('a guide body laid out once, replayed after', () => {
  // The generated guide laid out once, its plan and text shared by both tests (a layout of it is
  // the costliest load here; each test that asks first lays it out).
  let first: Promise<{ plan: BodyPlan | undefined; laidOut: string }> | undefined;
  const laidOutOnce = () =>
    (first ??= (async () => {
      let plan: BodyPlan | undefined;
      const laidOut = await textAfter(html, async (p) => (plan = await layOutBody(p, block, size)));
      return { plan, laidOut };
    })());

  it('takes out the same soft hyphens as laying out again', async () => {
    const { plan, laidOut } = await laidOutOnce();
    expect(plan?.hyphens?.nodes.length).toBeGreaterThan(0);
    const replayed = await textAfter(html, (p) => replayBody(p, block, size, plan));
    const again = await textAfter(html, (p) => replayBody(p, block, size, { ...plan!, hyphens: undefined }));
    expect(replayed === laidOut).toBe(true);
    expect(again === laidOut).toBe(true);
    // And something was taken out: the text differs from the page as loaded.
    expect(laidOut === (await textAfter(html, async () => {}))).toBe(false);
  });

  it('lays out again when the body is not the one recorded', async () => {
    const { plan } = await laidOutOnce();
    // One answer longer: every hyphen after it may fall elsewhere.
    const other = html.replace('<p>', '<p>An extra sentence at the start of the first paragraph, long enough to move its lines. ');
    const replayed = await textAfter(other, (p) => replayBody(p, block, size, plan));
    const laidOut = await textAfter(other, (p) => layOutBody(p, block, size));
    expect(replayed === laidOut).toBe(true);
  });
});

/** The page-foot-hyphens deck and its guide, read and rendered once for the two tests that load it. */
let foot: Promise<{ footDeck: Deck; footHtml: string }> | undefined;
const footGuide = () =>
  (foot ??= loadDeck('test/fixtures/page-foot-hyphens/input.md').then((footDeck) => ({
    footDeck,
    footHtml: createGuideRenderer(assetDirs())(footDeck, { paper: 'a4' }),
  })));

describe('a guide body laid out with its pages measured on the way', () => {
  it('gives where the pages of the text as it stays fall: what measuring the same load again finds', async () => {
    // Long hyphenated words: 8 of its 20 pages ended in a word's first half, each kept whole
    // (the line before ends a word earlier), so the measurement taken before that is out of date.
    const { footDeck, footHtml } = await footGuide();
    const ids = citedIds(footDeck);
    let laid: Awaited<ReturnType<typeof layOutAndPredict>> | undefined;
    let after: Awaited<ReturnType<typeof predictPages>> | undefined;
    const text = await textAfter(footHtml, async (p) => {
      laid = await layOutAndPredict(p, block, size, ids);
      after = await predictPages(p, size, ids);
    });
    if (!laid || 'unmodelled' in laid.pages || !after || 'unmodelled' in after) throw new Error('the guide should be modelled');
    expect(ids.length).toBeGreaterThan(15);
    expect(laid.plan.hyphens?.nodes.length).toBeGreaterThan(0);
    expect(laid.pages.count).toBe(after.count);
    for (const key of ['pages', 'tops', 'endPages', 'bottoms'] as const) expect([...laid.pages[key]], key).toEqual([...after[key]]);
    expect(laid.pages.lastFill).toBe(after.lastFill);
    // The same text as laying the body out for its plan alone leaves.
    expect(text === (await textAfter(footHtml, (p) => layOutBody(p, block, size)))).toBe(true);
  });
});

describe('a load with no plan laid out, its pages measured on the way', () => {
  it('leaves the text replayBody leaves without a plan, on the pages measuring it again finds', async () => {
    const { footDeck, footHtml } = await footGuide();
    const ids = citedIds(footDeck);
    let laid: Awaited<ReturnType<typeof layOutUnplanned>> | undefined;
    let after: Awaited<ReturnType<typeof predictPages>> | undefined;
    const text = await textAfter(footHtml, async (p) => {
      laid = await layOutUnplanned(p, block, size, ids);
      after = await predictPages(p, size, ids);
    });
    if (!laid || 'unmodelled' in laid || !after || 'unmodelled' in after) throw new Error('the guide should be modelled');
    expect(laid.count).toBe(after.count);
    for (const key of ['pages', 'tops', 'endPages', 'bottoms'] as const) expect([...laid[key]], key).toEqual([...after[key]]);
    expect(text === (await textAfter(footHtml, (p) => replayBody(p, block, size, undefined)))).toBe(true);
    expect(text === (await textAfter(footHtml, async () => {}))).toBe(false);
  });
});

describe('the faces a laid-out body had loaded', () => {
  it('are loaded in a later load of it without laying it out in the print media', async () => {
    // A line only the print shows, in letters (Greek, Cyrillic) of faces the screen then never asks for.
    const page = html.replace(
      '</body>',
      '<style>.print-only { display: none } @media print { .print-only { display: block } }</style><p class="print-only">Ελληνικά και кириллица, <em>ἔτι</em> <strong>ещё</strong></p></body>',
    );
    let plan: BodyPlan | undefined;
    await textAfter(page, async (p) => (plan = await layOutBody(p, block, size)));
    expect(plan?.faces?.length).toBeGreaterThan(0);
    let before: string[] = [];
    let after: string[] = [];
    await textAfter(page, async (p) => {
      before = (await loadedFaces(p)) ?? [];
      await loadFaces(p, plan!.faces!);
      after = (await loadedFaces(p)) ?? [];
    });
    // The screen layout of the load had not needed them all: the print media's faces came on top.
    expect(plan!.faces!.filter((f) => !before.includes(f)).length).toBeGreaterThan(0);
    expect(plan!.faces!.filter((f) => !after.includes(f))).toEqual([]);
  });
});

describe('a guide printed in parts, joined', () => {
  it('keeps every table header its own structure id, though each part numbers its elements alike', async () => {
    const table = '<table><thead><tr><th>Key</th><th>Value</th></tr></thead><tbody><tr><td>a</td><td>1</td></tr></tbody></table>';
    const page = `<!doctype html><html lang="en"><head><title>t</title></head><body><h1>Part</h1>${table}</body></html>`;
    const print = () => session.withPage((p) => printHtml(p, page, { tagged: true }));
    const parts = [await print(), await print()];
    const joined = await loadPdf(await savePdf(await mergePdfParts(parts.map((r) => ({ pdf: r.pdf })))));
    const ids = joined.context
      .enumerateIndirectObjects()
      .map(([, o]) => (o instanceof PDFDict && o.get(PDFName.Type) === PDFName.of('StructElem') ? o.get(PDFName.of('ID')) : undefined))
      .filter((id) => id !== undefined)
      .map(String);
    expect(ids.length).toBeGreaterThanOrEqual(4);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
