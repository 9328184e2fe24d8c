import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findBrowser } from '../../../src/print/find-browser.js';
import { defaultOptions } from '../../../src/model/option-schema.js';
import { watch, type WatchHandle } from '../../../src/watch/watch.js';
import { tempDir } from '../../helpers.js';

// Saving a deck patches its open pages in place (no reload); a change of the page's frame (a
// section added) reloads them. Either way the page must end up as a fresh load shows it.
const SLUG = 'networking';
const PAGES = ['guide.html', 'cards.html', 'cheatsheet.html'] as const;

let running: WatchHandle;
// A browser of its own: the shared one cannot reach the preview server, since it resolves no host
// at all, 127.0.0.1 included (print/browser-session.ts keeps printing off the network).
let browser: Browser;
let deck: string;
let text: string;
const tabs = new Map<string, Page>();
const problems: string[] = [];

/** The page's body as the reader has it, without what the live-reload script adds (script, toast, banner). */
const bodyNow = (page: Page) =>
  page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const el of body.querySelectorAll('script, [data-sg-live]')) el.remove();
    return body.innerHTML;
  });

/** The same page freshly loaded in a tab of its own. */
async function freshBody(name: string): Promise<string> {
  const tab = await browser.newPage();
  try {
    await tab.goto(`${running.url}${SLUG}/${name}`, { waitUntil: 'load' });
    return await bodyNow(tab);
  } finally {
    await tab.close();
  }
}

/** Marks a tab: the mark survives a patch, a reload clears it. */
const mark = (page: Page) => page.evaluate(() => ((window as unknown as { sgKept: boolean }).sgKept = true));
const kept = (page: Page) => page.evaluate(() => (window as unknown as { sgKept?: boolean }).sgKept === true);
const shows = (page: Page, wanted: string) =>
  page.waitForFunction((w: string) => document.body.textContent?.includes(w), { timeout: 60_000, polling: 100 }, wanted);

beforeAll(async () => {
  const dir = await tempDir('studyguide-watch-patch-');
  deck = path.join(dir, `${SLUG}.md`);
  await copyFile('test/fixtures/watch/networking.md', deck);
  text = await readFile(deck, 'utf8');
  running = await watch({ build: { ...defaultOptions(), paths: [deck], outDir: path.join(dir, 'out') }, port: 0, pdf: false });
  browser = await puppeteer.launch({ executablePath: await findBrowser(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  for (const name of PAGES) {
    const tab = await browser.newPage();
    tab.on('pageerror', (e) => problems.push(`${name}: ${String(e)}`));
    tab.on('console', (m) => m.type() === 'error' && problems.push(`${name}: ${m.text()}`));
    await tab.setViewport({ width: 900, height: 500 });
    // The event stream is open once its response arrived: the server then counts the page.
    const listening = tab.waitForResponse((r) => new URL(r.url()).pathname === '/__studyguide/events');
    await tab.goto(`${running.url}${SLUG}/${name}`, { waitUntil: 'load' });
    await listening;
    tabs.set(name, tab);
  }
});

afterAll(async () => {
  await browser?.close();
  await running?.close();
});

describe('watch: saves patch open pages in place', () => {
  it('patches an edited question into all three pages, keeping the reader where they were', async () => {
    const guide = tabs.get('guide.html')!;
    // The reader is at the last section, below the edit.
    const lastSection = () => [...document.querySelectorAll('section.section')].at(-1)!;
    await guide.evaluate(`(${lastSection})().scrollIntoView()`);
    const designTop = () => guide.evaluate(`Math.round((${lastSection})().getBoundingClientRect().top)`);
    const before = await designTop();
    for (const tab of tabs.values()) await mark(tab);

    await writeFile(deck, text.replace('What is DNS?', 'What is the Domain Name System?'));
    for (const [name, tab] of tabs) {
      await shows(tab, 'What is the Domain Name System?');
      expect(await kept(tab), `${name} was patched, not reloaded`).toBe(true);
      expect(await tab.evaluate(() => document.body.textContent!.includes('What is DNS?')), name).toBe(false);
      expect(await bodyNow(tab), `${name} patched = ${name} loaded`).toBe(await freshBody(name));
    }
    expect(await designTop()).toBe(before);
    // A second save is diffed against the page the first one left (its tree made from the last, not parsed again).
    await writeFile(deck, text.replace('What is DNS?', 'What is the Domain Name System?').replace('cached for their TTL', 'cached for their *time to live*'));
    for (const [name, tab] of tabs) {
      await shows(tab, 'time to live');
      expect(await kept(tab), `${name} was patched again, not reloaded`).toBe(true);
      expect(await bodyNow(tab), `${name} patched twice = ${name} loaded`).toBe(await freshBody(name));
    }
    // The guide's controls work on the new elements: a click on the edited question folds it.
    const toggled = () =>
      guide.$eval('article.question h3', (h) => {
        (h as HTMLElement).click();
        return h.closest('article')!.classList.contains('sg-collapsed');
      });
    expect(await toggled()).toBe(true);
    expect(await toggled()).toBe(false);
    expect(problems).toEqual([]);
  });

  it('shows and clears the error banner of a broken deck without reloading', async () => {
    const guide = tabs.get('guide.html')!;
    await mark(guide);
    await writeFile(deck, text.replace('Level: hard', 'Level: impossible'));
    await guide.waitForSelector('.sg-error-banner', { timeout: 60_000 });
    expect(await guide.$eval('.sg-error-banner', (b) => b.textContent)).toMatch(new RegExp(`${SLUG}\\.md:\\d+: unknown level "impossible"`));
    await writeFile(deck, text);
    await shows(guide, 'What is DNS?');
    await guide.waitForFunction(() => !document.querySelector('.sg-error-banner'), { timeout: 60_000, polling: 100 });
    expect(await kept(guide)).toBe(true);
    expect(await bodyNow(guide)).toBe(await freshBody('guide.html'));
  });

  it('reloads a page whose sections changed, and it shows the new content', async () => {
    const guide = tabs.get('guide.html')!;
    await mark(guide);
    const reloaded = guide.waitForNavigation({ timeout: 60_000 });
    await writeFile(deck, `${text}\n## Operations\n\n### What is an error budget?\n\n> The failures an SLO allows.\n`);
    await reloaded;
    await shows(guide, 'What is an error budget?');
    expect(await kept(guide)).toBe(false);
    for (const [name, tab] of tabs) {
      await shows(tab, 'What is an error budget?');
      expect(await bodyNow(tab), name).toBe(await freshBody(name));
    }
    expect(problems).toEqual([]);
  });
});
