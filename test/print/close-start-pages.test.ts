import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { closeStartPages } from '../../src/print/close-start-pages.js';

function fakeBrowser(pages: { closed: boolean; fails?: boolean }[]): Pick<Browser, 'pages'> {
  const asPages = pages.map(
    (p) =>
      ({
        close: async () => {
          if (p.fails) throw new Error('Target closed');
          p.closed = true;
        },
      }) as unknown as Page,
  );
  return { pages: async () => asPages };
}

describe('closeStartPages', () => {
  it('closes the tab the browser opened at launch', async () => {
    const tab = { closed: false };
    await closeStartPages(fakeBrowser([tab]));
    expect(tab.closed).toBe(true);
  });

  it('closes the others when one will not close, and does not fail', async () => {
    const stuck = { closed: false, fails: true };
    const other = { closed: false };
    await expect(closeStartPages(fakeBrowser([stuck, other]))).resolves.toBeUndefined();
    expect(other.closed).toBe(true);
  });

  it('does not fail when the browser cannot list its pages', async () => {
    await expect(closeStartPages({ pages: () => Promise.reject(new Error('gone')) })).resolves.toBeUndefined();
  });
});

describe('closeStartPages, slow browser', () => {
  it('closes nothing listed after its deadline (a job may have opened that page since)', async () => {
    const tab = { closed: false };
    let answer!: () => void;
    const slow = fakeBrowser([tab]);
    const browser = { pages: () => new Promise<Page[]>((resolve) => (answer = () => void slow.pages().then(resolve))) };
    await closeStartPages(browser, 10);
    answer();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(tab.closed).toBe(false);
  });
});
