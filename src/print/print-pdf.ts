import type { ConsoleMessage, HTTPRequest, Page } from 'puppeteer-core';
import { environmentError } from '../errors.js';
import { withoutCsp } from '../render/csp.js';
import { fontFileFor } from '../render/fonts.js';
import { readFontFile } from './font-files.js';
import { respondFont } from './respond-bytes.js';
import { loadMarginFonts } from './load-margin-fonts.js';
import { loadedChars, recordLoad } from './page-loads.js';
import { settleFonts } from './settle-fonts.js';
import { holdPrintForTests } from './hold-print.js';
import { noteFace, warmFaces } from './warm-faces.js';
import { mark } from '../timeline.js';

/** What the printing page tried or said that the build reports as warnings (print/page-notes.ts). */
export interface PageNotes {
  /** Requests the page tried to make that were refused (anything but data: URLs and bundled fonts). */
  blocked: string[];
  /** Warnings and errors the browser wrote to the page's console (a font it could not read, …). */
  said: string[];
  /** data: images the page loaded but could not draw (0×0): they print as nothing. */
  undrawn?: string[];
}

/** What happened while a page was printed. */
export interface PrintResult extends PageNotes {
  pdf: Uint8Array;
}

export interface PrintOptions {
  /** Add the headings outline (PDF bookmarks). */
  outline?: boolean;
  /** Tag the PDF for accessibility (default true); a draft pass that is only measured skips it. */
  tagged?: boolean;
  /** Print backgrounds (default true); a page laid over another prints without them (stamp-pages.ts). */
  background?: boolean;
  timeoutMs?: number;
  /** Our own code to run on the loaded page before printing (e.g. fitting cards); a PDF it returns is used as the print. */
  beforePrint?: (page: Page) => Promise<Uint8Array | void>;
}

/**
 * Loads self-contained HTML in a page with JavaScript off and every request intercepted
 * (only data: URLs and the bundled fonts load), then prints it with the CSS page size.
 */
export async function printHtml(page: Page, html: string, opts: PrintOptions = {}): Promise<PrintResult> {
  // Two minutes, plus one per megabyte of HTML: a very large deck is slow to lay out, not hung.
  const timeout = opts.timeoutMs ?? 120_000 + Math.round(html.length / 1_000_000) * 60_000;
  const blocked: string[] = [];
  const said: string[] = [];
  await page.setJavaScriptEnabled(false);
  await page.setRequestInterception(true);
  const onRequest = (request: HTTPRequest) => {
    const url = request.url();
    const font = fontFileFor(url);
    if (url.startsWith('data:') || url === 'about:blank') void request.continue();
    // A bundled face is answered from node_modules: the request never leaves the process.
    else if (font)
      void readFontFile(font).then(
        (body) => {
          noteFace(url);
          return respondFont(request, body);
        },
        () => request.abort('failed'),
      );
    else {
      blocked.push(url);
      void request.abort('blockedbyclient');
    }
  };
  // JavaScript is off, so only the browser itself writes here. A refused request is reported
  // from its address already (blocked).
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() !== 'warn' && message.type() !== 'error') return;
    if (/net::ERR_BLOCKED_BY_CLIENT/.test(message.text())) return;
    said.push(message.text());
  };
  page.on('request', onRequest);
  try {
    // Probes run before printing (fitting cards, counting cheat-sheet pages) get the same allowance.
    page.setDefaultTimeout(timeout);
    // A new page (a new renderer) has none of the faces: given them before its first layout asks,
    // it lays out once or twice instead of again for every face that arrives (warm-faces.ts).
    if (loadedChars(page) === 0) await warmFaces(page, timeout);
    page.on('console', onConsole);
    // Counted before loading: a page whose load fails is not kept anyway.
    recordLoad(page, html.length);
    mark(`load start (${html.length} chars)`);
    await page.setContent(withoutCsp(html), { waitUntil: 'load', timeout });
    mark('loaded');
    await loadMarginFonts(page);
    // A face the first layout asked for only after the load event (a subset by unicode-range)
    // would print as invisible text or in a fallback: every print waits for its faces.
    await settleFonts(page);
    // The content checks refuse what they know Chromium cannot decode (content/image-decodes.ts);
    // whatever still slipped through is said rather than printed as an empty space.
    const undrawn = await page.evaluate(() =>
      [...document.images].filter((i) => i.complete && i.naturalWidth === 0 && i.currentSrc.startsWith('data:')).map((i) => i.currentSrc),
    );
    mark('fonts settled');
    const ready = await opts.beforePrint?.(page);
    mark('before-print end');
    if (ready) return { pdf: ready, blocked, said, undrawn };
    await holdPrintForTests();
    mark('pdf start');
    const pdf = await page.pdf({
      preferCSSPageSize: true,
      printBackground: opts.background ?? true,
      outline: opts.outline ?? false,
      tagged: opts.tagged ?? true,
      timeout,
    });
    mark('pdf end');
    return { pdf, blocked, said, undrawn };
  } catch (err) {
    if (err instanceof Error && err.name === 'TimeoutError') {
      throw environmentError(`printing timed out after ${Math.round(timeout / 1000)} s`, 'the deck may be too large for one PDF; split it into smaller decks');
    }
    throw err;
  } finally {
    // The page may print again (BrowserSession keeps print pages): leave no listener behind.
    page.off('request', onRequest);
    page.off('console', onConsole);
  }
}
