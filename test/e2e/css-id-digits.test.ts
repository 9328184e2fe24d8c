import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { BrowserSession } from '../../src/print/browser-session.js';
import { cssId } from '../../src/print/css-id.js';
import { buildWith, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

// The print steps that keep a box with its answer or pull a page back (keep-boxes-with-answers.ts,
// pull-guide-page-back.ts, pull-booklet-sheet-back.ts) write rules naming elements by id through
// one escape, css-id.ts. Each id of a guide whose sections and questions open with a digit, and ids
// that open with one themselves, must select their own element and nothing else.
const deckFile = 'test/fixtures/digit-section-ids/deck.md';
const OWN_IDS = ['3-networking', '-1x', '1.5', 'x y', 'é1'];

let html = '';
let session: BrowserSession;
afterAll(() => session.dispose());
beforeAll(async () => {
  session = new BrowserSession({ browserWSEndpoint: inject('wsEndpoint') });
  const out = await tempDir('css-id-digits-');
  const { result } = await buildWith({ paths: [deckFile], outDir: out, outputs: ['guide'] });
  expect(result.failed).toEqual([]);
  html = readFileSync(path.join(out, 'deck', 'guide.html'), 'utf8');
}, 180_000);

describe('a rule naming an element by its id', () => {
  it('applies to the sections and questions of a guide whose titles open with a digit, and to ids that do', async () => {
    const found = await session.withPage(async (page: Page) => {
      await page.setJavaScriptEnabled(false);
      await page.setContent(html);
      const ids = await page.evaluate((own: string[]) => {
        const body = document.body;
        for (const id of own) body.append(Object.assign(document.createElement('div'), { id }));
        return Array.from(document.querySelectorAll('[id]'), (el) => el.id);
      }, OWN_IDS);
      const selectors = ids.map((id) => ({ id, selector: `#${cssId(id)}` }));
      // The rule the box keeps write, for every id: the element selected is the one of that id, by a style set on it.
      return page.evaluate((all: { id: string; selector: string }[]) => {
        const style = document.createElement('style');
        document.head.append(style);
        return all.map(({ id, selector }) => {
          try {
            style.textContent = `${selector} { break-after: avoid; }`;
            const el = document.getElementById(id)!;
            const hits = document.querySelectorAll(selector);
            return `${id}: ${hits.length === 1 && hits[0] === el && getComputedStyle(el).breakAfter === 'avoid' ? 'applies' : 'misses'}`;
          } catch {
            return `${id}: not a selector`;
          }
        });
      }, selectors);
    });
    expect(found).toEqual(expect.arrayContaining(['s-1-networking: applies', 'q-3-ways-a-packet-can-be-dropped: applies', 's-2-storage: applies']));
    expect(found.filter((f) => !f.endsWith(': applies'))).toEqual([]);
    expect(found.length).toBeGreaterThanOrEqual(OWN_IDS.length + 5);
  });
});
