import { describe, expect, it, vi } from 'vitest';
import { inject } from 'vitest';
import { readdirSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { BrowserSession } from '../../../src/print/browser-session.js';
import { StudyguideError } from '../../../src/errors.js';
import { printHtml } from '../../../src/print/print-pdf.js';
import { recordLoad } from '../../../src/print/page-loads.js';
import { tempDir } from '../../temp-dir.js';

describe('browser session', () => {
  it('stops a print step that hangs with an environment error (exit 2) that says so', async () => {
    const session = new BrowserSession({ browserWSEndpoint: inject('wsEndpoint'), stepTimeoutMs: 3000 });
    try {
      const hung = session.withPage(() => new Promise<never>(() => {}), 'printing guide.pdf');
      await expect(hung).rejects.toThrow(StudyguideError);
      const err = await hung.catch((e: StudyguideError) => e);
      expect(err.exitCode).toBe(2);
      expect(err.format()).toBe('printing guide.pdf took longer than 3 s and was stopped — the deck may be too large for one PDF; split it into smaller decks');
      // The session is still usable afterwards.
      expect(await session.withPage(async (page) => page.evaluate(() => 1 + 1))).toBe(2);
    } finally {
      await session.dispose();
    }
  });

  it('opens the pages it prints and measures in hidden (they render no frames), the diagram page shown', async () => {
    const session = new BrowserSession({ browserWSEndpoint: inject('wsEndpoint') });
    const shown = (page: Page) => page.evaluate(() => document.visibilityState);
    try {
      expect(await session.withPage(shown, 'printing guide.pdf', true)).toBe('hidden');
      expect(await session.withPage(shown, 'printing cheatsheet.pdf', false, true)).toBe('hidden');
      expect(await session.withPage(shown, 'drawing diagrams', 'as loaded')).toBe('visible');
    } finally {
      await session.dispose();
    }
  });

  it('launches a browser that opens no page of its own interface beside ours (no address bar popup per window)', async () => {
    // Each print page opens in a window of its own; Chromium made an omnibox popup (chrome:// pages
    // in a renderer of their own) for every window, a quarter of a second of CPU each.
    const session = new BrowserSession();
    try {
      const urls = await session.withPage(async (first) => {
        await first.setContent('<p>one</p>');
        return session.withPage(async (second) => {
          await second.setContent('<p>two</p>');
          await new Promise((resolve) => setTimeout(resolve, 500));
          return second
            .browser()
            .targets()
            .map((t) => t.url());
        });
      });
      expect(urls.filter((url) => url.startsWith('chrome://'))).toEqual([]);
      expect(urls.filter((url) => url === 'about:blank').length).toBeGreaterThanOrEqual(2);
    } finally {
      await session.dispose();
    }
  });

  it('reports a browser that cannot start in time as exit 2 with what to do', async () => {
    const session = new BrowserSession({ launchTimeoutMs: 1 });
    try {
      const err = await session.withPage(async () => 'never').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StudyguideError);
      expect((err as StudyguideError).exitCode).toBe(2);
      expect((err as StudyguideError).format()).toMatch(/^could not start the browser at .+: .*[Tt]imed out.* — check that it runs/);
    } finally {
      await session.dispose();
    }
  });
});

describe("a launched browser's temporary files", () => {
  it('are gone once the session closes: after printing, and when closed while the browser was still starting', async () => {
    // A folder of the test's own as the system's temporary folder: what the browser leaves there is the session's alone.
    const tmp = await tempDir('studyguide-profile-check-');
    vi.stubEnv('TMPDIR', tmp);
    try {
      const printed = new BrowserSession();
      expect(await printed.withPage(async (page) => page.evaluate(() => 1 + 1))).toBe(2);
      await printed.dispose();
      expect(readdirSync(tmp)).toEqual([]);
      // A build that fails while the browser starts (warm()) closes it at any point of its start:
      // before its profile folder was made, after, before the process ran, while it starts.
      for (const ms of [0, 1, 2, 5, 20, 80, 200]) {
        const starting = new BrowserSession();
        starting.warm();
        await new Promise((resolve) => setTimeout(resolve, ms));
        await starting.dispose();
        expect(readdirSync(tmp), `closed ${ms} ms after it started`).toEqual([]);
      }
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

/** Crashes the page's renderer (as running out of memory would) and waits for the job to be failed. */
async function crash(page: Page): Promise<never> {
  const cdp = await page.createCDPSession();
  await cdp.send('Page.crash').catch(() => undefined);
  return new Promise<never>(() => {});
}

describe('a page renderer that crashes', () => {
  it('costs its job one more try in a new page; the build goes on', async () => {
    const session = new BrowserSession({ browserWSEndpoint: inject('wsEndpoint') });
    const pages: Page[] = [];
    try {
      const answer = await session.withPage(async (page) => {
        pages.push(page);
        if (pages.length === 1) await crash(page);
        return page.evaluate(() => 6 * 7);
      }, 'printing guide.pdf');
      expect(answer).toBe(42);
      expect(pages.length).toBe(2);
      expect(pages[1]).not.toBe(pages[0]);
    } finally {
      await session.dispose();
    }
  });

  it('twice: an environment error (exit 2) that says so and what to do', async () => {
    const session = new BrowserSession({ browserWSEndpoint: inject('wsEndpoint') });
    let tries = 0;
    try {
      const err = await session.withPage((page) => (tries++, crash(page)), 'printing cards.pdf').catch((e: unknown) => e);
      expect(tries).toBe(2);
      expect(err).toBeInstanceOf(StudyguideError);
      expect((err as StudyguideError).exitCode).toBe(2);
      expect((err as StudyguideError).format()).toBe(
        "the browser's page renderer crashed during printing cards.pdf, twice — run the build again; if it repeats, the machine may be short of memory",
      );
      // Other jobs still print.
      expect(await session.withPage(async (page) => page.evaluate(() => 1 + 1))).toBe(2);
    } finally {
      await session.dispose();
    }
  });

  it('a job failing for another reason is not tried again', async () => {
    const session = new BrowserSession({ browserWSEndpoint: inject('wsEndpoint') });
    let tries = 0;
    try {
      await expect(session.withPage(async () => (tries++, Promise.reject(new Error('bad page'))))).rejects.toThrow('bad page');
      expect(tries).toBe(1);
    } finally {
      await session.dispose();
    }
  });
});

describe('kept print pages', () => {
  it('are closed when the session rests with no job running, and kept while one runs', async () => {
    const session = new BrowserSession({ browserWSEndpoint: inject('wsEndpoint') });
    try {
      let kept: Page | undefined;
      await session.withPage(async (page) => void (kept = page), 'printing a part of guide.pdf', true);
      expect(kept!.isClosed()).toBe(false);
      // A job under way may want it next: resting then keeps it.
      await session.withPage(async () => session.rest(), 'printing cards.pdf');
      expect(kept!.isClosed()).toBe(false);
      await session.rest();
      expect(kept!.isClosed()).toBe(true);
      // Jobs after a rest still print, in a new page.
      expect(await session.withPage(async (page) => (page === kept ? 0 : 1), 'printing a part of guide.pdf', true)).toBe(1);
    } finally {
      await session.dispose();
    }
  });

  it('are closed when the session rests while a job runs once they printed a large document', async () => {
    const session = new BrowserSession({ browserWSEndpoint: inject('wsEndpoint') });
    try {
      let kept: Page | undefined;
      // A part of a large guide, as printHtml counts it (its renderer holds memory from it).
      await session.withPage(async (page) => void ((kept = page), recordLoad(page, 600_000)), 'printing a part of guide.pdf', true);
      expect(kept!.isClosed()).toBe(false);
      await session.withPage(async () => session.rest(), 'printing cards.pdf');
      expect(kept!.isClosed()).toBe(true);
      expect(await session.withPage(async (page) => page === kept, 'printing a part of guide.pdf', true)).toBe(false);
    } finally {
      await session.dispose();
    }
  });

  it('are closed once the documents they loaded pass the budget, and kept below it', async () => {
    const session = new BrowserSession({ browserWSEndpoint: inject('wsEndpoint'), pageBudgetChars: 20_000 });
    const doc = (chars: number) => `<!doctype html><p>${'word '.repeat(chars / 5)}</p>`;
    try {
      let first: Page | undefined;
      await session.withPage(async (page) => void ((first = page), await printHtml(page, doc(8_000))), 'printing a part of guide.pdf', true);
      // 8,000 characters loaded: under the budget, kept for the next print.
      expect(first!.isClosed()).toBe(false);
      let second: Page | undefined;
      await session.withPage(async (page) => void ((second = page), await printHtml(page, doc(14_000))), 'printing a part of guide.pdf', true);
      expect(second).toBe(first);
      // 22,000 characters now: over the budget, closed after its second print, not its sixth.
      expect(first!.isClosed()).toBe(true);
      expect(await session.withPage(async (page) => page === first, 'printing a part of guide.pdf', true)).toBe(false);
    } finally {
      await session.dispose();
    }
  });

  it('serve more than six prints of small documents (a small build after another starts no renderer)', async () => {
    const session = new BrowserSession({ browserWSEndpoint: inject('wsEndpoint') });
    try {
      const pages = new Set<Page>();
      for (let i = 0; i < 8; i++) {
        await session.withPage(async (page) => void (pages.add(page), await printHtml(page, `<!doctype html><p>print ${i}</p>`)), 'printing guide.pdf', true);
      }
      // Closed after its sixth print, the page was replaced by a new renderer for the seventh.
      expect(pages.size).toBe(1);
    } finally {
      await session.dispose();
    }
  });

  it('are not kept, nor taken, by a job beside one printing a large document', async () => {
    const session = new BrowserSession({ browserWSEndpoint: inject('wsEndpoint'), pageBudgetChars: 20_000 });
    const doc = (chars: number) => `<!doctype html><p>${'word '.repeat(chars / 5)}</p>`;
    try {
      let kept: Page | undefined;
      await session.withPage(async (page) => void ((kept = page), await printHtml(page, doc(2_000))), 'printing a part of guide.pdf', true);
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let loaded = false;
      // Half the budget in one document: a large one (a huge guide's contents).
      const large = session.withPage(async (page) => (await printHtml(page, doc(12_000)), (loaded = true), held), 'printing a part of guide.pdf');
      while (!loaded) await new Promise((resolve) => setTimeout(resolve, 10));
      let beside: Page | undefined;
      await session.withPage(async (page) => void ((beside = page), await printHtml(page, doc(2_000))), 'printing cards.pdf', true);
      // A new page, not the kept one, and closed when done instead of kept.
      expect(beside).not.toBe(kept);
      expect(beside!.isClosed()).toBe(true);
      release();
      await large;
      // With nothing large under way, pages are kept again.
      let after: Page | undefined;
      await session.withPage(async (page) => void ((after = page), await printHtml(page, doc(2_000))), 'printing cards.pdf', true);
      expect(after!.isClosed()).toBe(false);
    } finally {
      await session.dispose();
    }
  });

  it('never make a third renderer wait beside two busy pages', async () => {
    const session = new BrowserSession({ browserWSEndpoint: inject('wsEndpoint') });
    try {
      // Two pages kept from two prints side by side.
      const first: Page[] = [];
      await Promise.all([0, 1].map(() => session.withPage(async (page) => void first.push(page), 'printing a part of guide.pdf', true)));
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let reused: Page | undefined;
      const running = session.withPage(async (page) => ((reused = page), held), 'printing a part of guide.pdf', true);
      while (!reused) await new Promise((resolve) => setTimeout(resolve, 10));
      // A job that takes a new page of its own while the other slot is busy: the page still kept goes.
      const other = first.find((page) => page !== reused)!;
      await session.withPage(async (page) => expect(page === other || first.includes(page)).toBe(false), 'printing cheatsheet.pdf');
      expect(other.isClosed()).toBe(true);
      release();
      await running;
    } finally {
      await session.dispose();
    }
  });

  it('print nothing beside a job that asks to run alone, nor start later jobs before it', async () => {
    const session = new BrowserSession({ browserWSEndpoint: inject('wsEndpoint') });
    try {
      const order: string[] = [];
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const first = session.withPage(async () => (order.push('part starts'), await held, order.push('part ends')), 'printing a part of guide.pdf', true);
      while (!order.length) await new Promise((resolve) => setTimeout(resolve, 10));
      const alone = session.withPage(async () => void order.push('cheat sheet'), 'printing cheatsheet.pdf', false, true);
      const later = session.withPage(async () => void order.push('cards'), 'printing cards.pdf', true);
      // A free slot is there all along: only the job alone keeps the later one from taking it.
      await new Promise((resolve) => setTimeout(resolve, 300));
      release();
      await Promise.all([first, alone, later]);
      expect(order).toEqual(['part starts', 'part ends', 'cheat sheet', 'cards']);
    } finally {
      await session.dispose();
    }
  });
});
