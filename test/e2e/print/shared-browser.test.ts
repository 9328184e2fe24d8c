import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BrowserSession } from '../../../src/print/browser-session.js';

// Every test file's BrowserSession and every spawned build print with the test suite's one shared
// browser. A page's emulated media is the page's, not one DevTools client's: when another client
// attached to the page lets it go (its connection closing), Chromium puts the page back in the
// screen media, and a measuring load there lays the body out in the screen layout. A session
// connected to a shared browser must never attach to another session's pages.

const inPrint = (page: Page) => page.evaluate(() => matchMedia('print').matches);

/** Session A's page in the print media while `disturb` runs; whether it is still in it afterwards. */
async function printMediaAfter(disturb: () => Promise<void>): Promise<boolean> {
  const a = new BrowserSession({ browserWSEndpoint: inject('wsEndpoint') });
  try {
    return await a.withPage(async (page) => {
      await page.setContent('<!doctype html><title>A</title><p>measured in print</p>');
      await page.emulateMediaType('print');
      expect(await inPrint(page)).toBe(true);
      await disturb();
      return inPrint(page);
    });
  } finally {
    await a.dispose();
  }
}

describe('sessions sharing one browser', () => {
  it("leave another session's page in the print media when they connect and disconnect", async () => {
    const kept = await printMediaAfter(async () => {
      const b = new BrowserSession({ browserWSEndpoint: inject('wsEndpoint') });
      await b.withPage((page) => page.evaluate(() => document.title));
      await b.dispose();
    });
    expect(kept).toBe(true);
  });

  it("leave another session's page in the print media when they were connected before it opened", async () => {
    const b = new BrowserSession({ browserWSEndpoint: inject('wsEndpoint') });
    await b.withPage((page) => page.evaluate(() => document.title));
    const kept = await printMediaAfter(() => b.dispose());
    expect(kept).toBe(true);
  });

  it('see only their own pages', async () => {
    const a = new BrowserSession({ browserWSEndpoint: inject('wsEndpoint') });
    const b = new BrowserSession({ browserWSEndpoint: inject('wsEndpoint') });
    try {
      const seen = await a.withPage(async (page) => {
        await page.setContent('<!doctype html><title>A</title>');
        return b.withPage(async (other) => (await other.browser().pages()).length);
      });
      // B's own page only: A's page is no target of B's connection.
      expect(seen).toBe(1);
    } finally {
      await Promise.all([a.dispose(), b.dispose()]);
    }
  });
});
