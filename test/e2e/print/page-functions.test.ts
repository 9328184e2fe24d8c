import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BrowserSession } from '../../../src/print/browser-session.js';
import { printHtml } from '../../../src/print/print-pdf.js';
import { evaluateInPrint } from '../../../src/print/print-media.js';
import { callInPage } from '../../../src/print/page-functions.js';

// A measuring load runs the same page functions dozens of times (the page prediction alone is
// tens of kilobytes of source): each is sent to the page once, then called by name, and a call
// still runs the function of its own source, in the document now loaded, with its own arguments.

/** Runs in the page: the text of the element `id`, with `suffix` (its default when undefined). */
function readText(id: string, suffix = '!'): string {
  const mark = 'sg-read-text-source';
  return `${document.getElementById(id)?.textContent ?? mark}${suffix}`;
}

/** Runs in the page, in the print media: whether it is, and the count of paragraphs. */
function countInPrint(tag: string): [boolean, number] {
  const mark = 'sg-count-in-print-source';
  return [matchMedia('print').matches && mark.length > 0, document.getElementsByTagName(tag).length];
}

/** Every page.evaluate the page is sent from now on, as the text of what it runs and its arguments. */
function recordSent(page: Page): string[] {
  const sent: string[] = [];
  const evaluate = page.evaluate.bind(page);
  page.evaluate = ((fn: unknown, ...args: unknown[]) => {
    sent.push(`${String(fn)} ${JSON.stringify(args)}`);
    return (evaluate as (...a: unknown[]) => Promise<unknown>)(fn, ...args);
  }) as Page['evaluate'];
  return sent;
}

const session = new BrowserSession({ browserWSEndpoint: inject('wsEndpoint') });
afterAll(() => session.dispose());

/** Runs fn on a page loaded with `html` as printHtml loads it (scripting off, requests intercepted). */
function inLoadedPage<T>(html: string, fn: (page: Page) => Promise<T>): Promise<T> {
  let out: T | undefined;
  return session
    .withPage((p) =>
      printHtml(p, html, {
        beforePrint: async (page) => {
          out = await fn(page);
          return new Uint8Array(0);
        },
      }),
    )
    .then(() => out as T);
}

describe('page functions sent once and called by name', () => {
  it('sends a function called three times once, and each call answers from its own arguments', async () => {
    const { results, sent } = await inLoadedPage('<p id="a">alpha</p><p id="b">beta</p>', async (page) => {
      const sent = recordSent(page);
      const results = [await callInPage(page, readText, 'a', '?'), await callInPage(page, readText, 'b', undefined), await callInPage(page, readText, 'a')];
      return { results, sent };
    });
    expect(results).toEqual(['alpha?', 'beta!', 'alpha!']);
    expect(sent.filter((s) => s.includes('sg-read-text-source'))).toHaveLength(1);
  });

  it('runs a function measured in the print media by name too, once sent', async () => {
    const { results, sent } = await inLoadedPage('<p>one</p><p>two</p><p>three</p>', async (page) => {
      const sent = recordSent(page);
      const results = [await evaluateInPrint(page, countInPrint, 'p'), await evaluateInPrint(page, countInPrint, 'p')];
      return { results, sent };
    });
    expect(results).toEqual([
      [true, 3],
      [true, 3],
    ]);
    expect(sent.filter((s) => s.includes('sg-count-in-print-source'))).toHaveLength(1);
  });

  it('calls a function sent before a new document was loaded in the same page, on that new document', async () => {
    const texts = await inLoadedPage('<p id="a">first load</p>', async (page) => {
      const before = await callInPage(page, readText, 'a');
      await page.setContent('<p id="a">second load</p>', { waitUntil: 'load' });
      const after = await callInPage(page, readText, 'a');
      const counted = await evaluateInPrint(page, countInPrint, 'p');
      return [before, after, counted];
    });
    expect(texts).toEqual(['first load!', 'second load!', [true, 1]]);
  });

  it('keeps apart two functions of the same name', async () => {
    const first = function same(n: number) {
      return n + 1;
    };
    const second = function same(n: number) {
      return n * 10;
    };
    const results = await inLoadedPage('<p>x</p>', async (page) => [
      await callInPage(page, first, 4),
      await callInPage(page, second, 4),
      await callInPage(page, first, 5),
    ]);
    expect(results).toEqual([5, 40, 6]);
  });
});
