import type { Browser, BrowserContext } from 'puppeteer-core';

/** A connection to a browser other clients use too, and the browser context its pages open in. */
export interface SharedConnection {
  browser: Browser;
  context: BrowserContext;
}

/**
 * Connects to a running browser (the test suite's shared one, or STUDYGUIDE_BROWSER_WS_ENDPOINT)
 * seeing only the pages of a browser context of its own: open pages there (context.newPage()).
 * By default a connection attaches to every page of the browser, and when it closes, each page
 * it let go of is put back in the screen media by Chromium (an emulated media is the page's, not
 * one client's): another session's measuring load then went on in the screen layout. Attached to
 * no page but its own, a connection closing leaves other pages as they are. Closing the context
 * closes its pages (disconnectShared).
 */
export async function connectShared(browserWSEndpoint: string, protocolTimeout?: number): Promise<SharedConnection> {
  const { default: puppeteer } = await import('puppeteer-core');
  // Unknown until the context exists: until then nothing is ours. Another client's tab is attached
  // to for an instant (Chromium attaches, then the filter is asked) and let go, never the page in
  // it: a connection closing resets only the pages it was attached to.
  let own: string | undefined;
  const browser = await puppeteer.connect({
    browserWSEndpoint,
    protocolTimeout,
    targetFilter: (target) => own !== undefined && target.browserContext().id === own,
  });
  try {
    const context = await browser.createBrowserContext();
    own = context.id;
    return { browser, context };
  } catch (err) {
    await browser.disconnect().catch(() => undefined);
    throw err;
  }
}

/** Closes a shared connection's context (and its pages) and disconnects, leaving the browser running. */
export async function disconnectShared({ browser, context }: SharedConnection): Promise<void> {
  await context.close().catch(() => undefined);
  await browser.disconnect().catch(() => undefined);
}
