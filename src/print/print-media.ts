import type { Page } from 'puppeteer-core';
import { environmentError } from '../errors.js';
import { installPageFunction, isMissingFunction, pageCall } from './page-functions.js';

/** Pages in the print media now, and how many callers asked for it. */
const depth = new WeakMap<Page, number>();

/**
 * Runs fn with the page in the print media, and puts the screen media back afterwards. Nested
 * calls share the outermost one's switch: each switch of media restyles and lays the whole
 * document out again, which for a part of a large guide costs as much as the measuring the
 * steps inside do, so a caller running several steps wraps them in one. The switch can be undone
 * from outside meanwhile (see evaluateInPrint): a step that reads the layout runs through that.
 */
export async function inPrintMedia<T>(page: Page, fn: () => Promise<T>): Promise<T> {
  const level = depth.get(page) ?? 0;
  if (level === 0) await page.emulateMediaType('print');
  depth.set(page, level + 1);
  try {
    return await fn();
  } finally {
    depth.set(page, level);
    if (level === 0) await page.emulateMediaType();
  }
}

/** What the page answers instead of running a step when it is not in the print media. */
const NOT_IN_PRINT = 'studyguide: not in the print media';

/** Switches back to the print media a step may take before the build gives up on the page. */
const MEDIA_RETRIES = 5;

/** Layouts forced, each waiting for the faces it started loading, before a step switched back to the print media runs anyway. */
const FACE_ROUNDS = 12;

/**
 * page.evaluate(pageFn, ...args) run in the print media (switched to as inPrintMedia does), in the same task
 * as a check that the page is in it: else the page is switched to it again and the step run
 * again. An emulated media belongs to the page, not to our DevTools session: when any other
 * client attached to the page lets go of it (a second connection to a shared browser closing),
 * Chromium puts the page back in the screen media, at any point of a measuring load. A step
 * measured then reads the screen layout (the page-foot fixture's 20-page body measured at 26
 * pages) and changes the text by it. The check runs first and the step is synchronous, so a step
 * runs wholly in the print media or not at all. Our own sessions attach to no other client's
 * pages (connect-shared.ts); this guards against a client we do not own. `args` must survive JSON.
 * pageFn's source is sent to the page once, then called by name (page-functions.ts).
 */
export async function evaluateInPrint<A extends unknown[], R>(page: Page, pageFn: (...args: A) => R, ...args: A): Promise<Awaited<R>> {
  const marker = JSON.stringify(NOT_IN_PRINT);
  const step = pageCall(pageFn, args);
  const call = `(() => matchMedia('print').matches ? ${step} : ${marker})()`;
  // Switched back, the page's faces load anew in a later task, and a layout before they arrive
  // falls in a fallback face (font-display: block lays invisible fallback text out): the faces that
  // layout asks for are waited for first, and the step runs in the same task as a check that the
  // page is in the print media with no face loading.
  const settled = `(async () => {
    for (let round = 0; ; round++) {
      if (!matchMedia('print').matches) return ${marker};
      void document.documentElement.getBoundingClientRect();
      if (document.fonts.status === 'loaded' || round === ${FACE_ROUNDS}) return ${step};
      await document.fonts.ready;
    }
  })()`;
  return inPrintMedia(page, async (): Promise<Awaited<R>> => {
    for (let tries = 0, installed = false; ; tries++) {
      const result: unknown = await page.evaluate(tries === 0 ? call : settled);
      // Not in the page yet: put there, and called again as if for the first time.
      if (isMissingFunction(result)) {
        if (installed) throw environmentError('a measuring function put in the page was not there when called', 'run the build again');
        installed = true;
        await installPageFunction(page, pageFn as (...args: never[]) => unknown);
        tries--;
        continue;
      }
      if (result !== NOT_IN_PRINT) return result as Awaited<R>;
      if (tries === MEDIA_RETRIES)
        throw environmentError(
          `the page measuring a layout was taken out of the print media ${tries + 1} times by another DevTools client`,
          'close other tools attached to the browser (STUDYGUIDE_BROWSER_WS_ENDPOINT) and run the build again',
        );
      await page.emulateMediaType('print');
    }
  });
}
