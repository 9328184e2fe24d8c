import { afterAll, describe, expect, inject, it } from 'vitest';
import type { HTTPRequest } from 'puppeteer-core';
import { BrowserSession } from '../../../src/print/browser-session.js';
import { printHtml } from '../../../src/print/print-pdf.js';
import { FONT_ORIGIN, fontCss } from '../../../src/render/fonts.js';

// Every bundled face is answered from Node over the CDP pipe (print-pdf.ts). Request interception
// turns the browser's HTTP cache off, but a renderer keeps the faces it was answered in its memory
// cache: a kept print page asks for each face once, on its first load, and never again. This holds
// the premise a kept page is worth keeping for (browser-session.ts); a page that asked again on
// every load would resend every font body, base64, for each of a large guide's measuring loads.
describe('a kept print page asks for each bundled face once', () => {
  const session = new BrowserSession({ browserWSEndpoint: inject('wsEndpoint') });
  afterAll(() => session.dispose());

  const html = (text: string) => `<!doctype html><style>${fontCss()}
    @page { size: a6; margin: 15mm; }
    body { margin: 0; font: 10pt var(--font-head); } em { font-style: italic; } b { font-weight: bold; }</style>
    <p>${text} <em>Вопросы</em> <b>bold</b></p>`;

  it('prints its second and third loads in the same faces without asking for any of them again', async () => {
    const asked: string[][] = [];
    const loaded: string[][] = [];
    await session.withPage(async (page) => {
      for (const text of ['First load.', 'Second load.', 'Third load.']) {
        const fonts: string[] = [];
        const onRequest = (r: HTTPRequest) => void (r.url().startsWith(FONT_ORIGIN) && fonts.push(r.url()));
        page.on('request', onRequest);
        try {
          await printHtml(page, html(text), {
            tagged: false,
            beforePrint: async (p) => {
              loaded.push(await p.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => `${f.family} ${f.weight} ${f.style}`)));
            },
          });
        } finally {
          page.off('request', onRequest);
        }
        asked.push(fonts);
      }
    });
    // Upright, bold and italic (Cyrillic) faces, each asked for at most once, on the first load. The
    // first page of a process is warmed with the faces earlier pages were answered (warm-faces.ts):
    // beside other test files, its first load may ask for fewer and show more faces loaded.
    expect(new Set(asked[0]).size).toBe(asked[0].length);
    expect(asked.slice(1)).toEqual([[], []]);
    expect(loaded[1].length).toBeGreaterThanOrEqual(3);
    expect(loaded[2]).toEqual(loaded[1]);
    expect(loaded[0]).toEqual(expect.arrayContaining(loaded[1]));
  });

  // In a browser of its own, as a user's build launches it: in the shared test browser a new page
  // may share a renderer (and its memory cache) with pages of other test files.
  const own = new BrowserSession();
  afterAll(() => own.dispose());

  it('gives a new page the faces earlier pages used before its first load, which then asks for none', async () => {
    let asked: string[] = [];
    let warmUp: string[] = [];
    let said: string[] = [];
    await own.withPage(async (page) => {
      await printHtml(page, html('An earlier page.'), { tagged: false });
      const fresh = await page.browserContext().newPage();
      try {
        // Which document asked: the warm-up's (if any) or the page's first load; both go through setContent.
        const setContent = fresh.setContent.bind(fresh);
        fresh.setContent = (content, options) => {
          if (content.includes('A new page.')) [warmUp, asked] = [asked, []];
          return setContent(content, options);
        };
        fresh.on('request', (r) => void (r.url().startsWith(FONT_ORIGIN) && asked.push(r.url())));
        // Upright text alone: two of the three faces given to the page stay unused. Chromium warns a
        // few seconds after the load about a preloaded resource left unused; none may be said.
        const plain = `<!doctype html><style>${fontCss()} body { font: 10pt var(--font-head); }</style><p>A new page.</p>`;
        said = (await printHtml(fresh, plain, { tagged: false, beforePrint: () => new Promise((done) => setTimeout(done, 4000)) })).said;
      } finally {
        await fresh.close();
      }
    });
    expect(warmUp.length).toBeGreaterThanOrEqual(3);
    expect(asked).toEqual([]);
    expect(said).toEqual([]);
  });
});
