import type { Page } from 'puppeteer-core';
import { BrowserSession } from '../src/print/browser-session.js';

/** A session that notes every PDF its pages print (tagged or not): what a build costs in prints. */
export class CountingSession extends BrowserSession {
  readonly prints: { tagged: boolean }[] = [];
  override withPage<T>(fn: (page: Page) => Promise<T>, what?: string, reuse?: boolean, alone?: boolean): Promise<T> {
    return super.withPage(
      async (page) => {
        const print = page.pdf.bind(page);
        page.pdf = (options) => (this.prints.push({ tagged: options?.tagged ?? true }), print(options));
        try {
          return await fn(page);
        } finally {
          // Kept pages print again for other jobs: back to the page's own method.
          Reflect.deleteProperty(page, 'pdf');
        }
      },
      what,
      reuse,
      alone,
    );
  }
}
