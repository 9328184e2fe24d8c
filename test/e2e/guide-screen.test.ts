import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'puppeteer-core';
import { connectShared, disconnectShared, type SharedConnection } from '../../src/print/connect-shared.js';
import { loadDeck } from '../../src/content/load-deck.js';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions, type Question } from '../../src/model/deck.js';
import { bundledOut, pdfText, squash, tempDir } from '../helpers.js';
import { combineDecks } from '../../src/content/combine-decks.js';
import { assetDirs } from '../../src/render/assets.js';
import { createGuideRenderer } from '../../src/render/render-guide.js';
import { SHARED_BUILDS_WAIT_MS, sharedBuilds } from '../shared-builds.js';

// Reads the e2e setup's shared builds (test/shared-builds.ts).
beforeAll(sharedBuilds, SHARED_BUILDS_WAIT_MS);

// guide.html as a web page, opened from the bundled build with JavaScript ON (as a reader would).
const slug = 'infrastructure-engineer';
const guideFile = () => path.join(bundledOut(), slug, 'guide.html');

let shared: SharedConnection;
let page: Page;
let questions: Question[];
const problems: string[] = [];

/** Ids of the question articles a reader can see right now. */
const visibleIds = () => page.$$eval('article.question', (list) => list.filter((a) => (a as HTMLElement).offsetParent !== null).map((a) => a.id));

async function search(text: string): Promise<void> {
  await page.$eval('.sg-search', (el) => ((el as HTMLInputElement).value = ''));
  if (text) await page.type('.sg-search', text);
  else await page.$eval('.sg-search', (el) => el.dispatchEvent(new Event('input')));
}

/** Resolves once `check` is true, asked every 50 ms for up to 30 s. */
async function until(check: () => Promise<boolean>, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`not true within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** What a question's search sees: its text, answers and tags. */
const haystack = (q: Question) => [q.text, q.cardText, q.answerText, ...q.tags].join(' ').toLowerCase();

beforeAll(async () => {
  questions = allQuestions(await loadDeck(`content/${slug}.md`));
  // Its own context of the shared browser: a connection to all of its pages would, closing, put
  // other workers' measuring pages back in the screen media (connect-shared.ts).
  shared = await connectShared(inject('wsEndpoint'));
  page = await shared.context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${String(e)}`));
  await page.setViewport({ width: 1000, height: 800 });
  await page.bringToFront();
  await page.goto(pathToFileURL(guideFile()).href, { waitUntil: 'load' });
});

// The other worker opens pages in the same browser, each taking the front: a page behind them gets
// no frames and throttled timers, and one of these tests hung for its 2 minutes in a full run.
beforeEach(async () => {
  await page.bringToFront();
});

afterAll(async () => {
  await page?.close();
  if (shared) await disconnectShared(shared);
});

describe('guide.html in a browser', () => {
  it('shows the controls and every question at first', async () => {
    expect(await page.$eval('.sg-controls', (el) => getComputedStyle(el).display)).not.toBe('none');
    expect(await visibleIds()).toEqual(questions.map((q) => q.id));
    expect(await page.$eval('.sg-count', (el) => el.textContent)).toBe(`${questions.length} questions`);
  });

  it('search shows exactly the questions that mention the words', async () => {
    await search('terraform');
    const expected = questions.filter((q) => haystack(q).includes('terraform')).map((q) => q.id);
    expect(expected.length).toBeGreaterThan(1);
    expect(expected.length).toBeLessThan(questions.length);
    expect(await visibleIds()).toEqual(expected);
    expect(await page.$eval('.sg-count', (el) => el.textContent)).toBe(`${expected.length} of ${questions.length} questions`);
  });

  it('a level narrows the search; a level alone shows that level', async () => {
    await page.select('.sg-level', 'hard');
    const both = questions.filter((q) => haystack(q).includes('terraform') && q.level === 'hard').map((q) => q.id);
    expect(both.length).toBeGreaterThan(0);
    expect(await visibleIds()).toEqual(both);

    await search('');
    await page.select('.sg-level', 'easy');
    expect(await visibleIds()).toEqual(questions.filter((q) => q.level === 'easy').map((q) => q.id));
    // Sections left without a visible question disappear, with their contents entries.
    const hiddenSections = await page.$$eval('section.section', (list) => list.filter((s) => (s as HTMLElement).offsetParent === null).length);
    expect(hiddenSections).toBeGreaterThan(0);
    const tocShown = await page.$$eval('.toc-questions li', (list) => list.filter((li) => (li as HTMLElement).offsetParent !== null).length);
    expect(tocShown).toBe(questions.filter((q) => q.level === 'easy').length);
    await page.select('.sg-level', '');
  });

  it('a tag shows the questions carrying it', async () => {
    const tag = questions.flatMap((q) => q.tags).find((t, i, all) => all.indexOf(t) !== all.lastIndexOf(t))!;
    await page.select('.sg-tag', tag);
    expect(await visibleIds()).toEqual(questions.filter((q) => q.tags.includes(tag)).map((q) => q.id));
    await page.select('.sg-tag', '');
    expect(await visibleIds()).toHaveLength(questions.length);
  });

  it('answers collapse, and clicking a question expands it', async () => {
    const answerShown = (id: string) => page.$eval(`#${id} .answer`, (el) => (el as HTMLElement).offsetParent !== null);
    const [a, b] = questions;
    await page.click('.sg-toggle-all');
    expect(await answerShown(a.id)).toBe(false);
    expect(await answerShown(b.id)).toBe(false);
    await page.click(`#${a.id} .question-head h3`);
    expect(await answerShown(a.id)).toBe(true);
    expect(await page.$eval(`#${a.id} .question-head h3`, (h) => h.getAttribute('aria-expanded'))).toBe('true');
    expect(await answerShown(b.id)).toBe(false);
    // Keyboard too: the heading is a button.
    await page.focus(`#${b.id} .question-head h3`);
    await page.keyboard.press('Enter');
    expect(await answerShown(b.id)).toBe(true);
  });

  it('prints everything: no controls, every answer, filtered questions included', async () => {
    await search('terraform');
    await page.emulateMediaType('print');
    try {
      // The emulation reaches the page's renderer on its own time: read the layout once it has.
      // Asked from here, not polled in the page: a page behind the shared browser's others gets no
      // animation frames and throttled timers (a frame-polled wait hung for the test's 2 minutes).
      await until(() => page.evaluate(() => matchMedia('print').matches && getComputedStyle(document.querySelector('.sg-controls')!).display === 'none'));
      expect(await page.$eval('.sg-controls', (el) => getComputedStyle(el).display)).toBe('none');
      expect(await visibleIds()).toHaveLength(questions.length);
      const hiddenAnswers = await page.$$eval('.answer', (list) => list.filter((el) => (el as HTMLElement).offsetParent === null).length);
      expect(hiddenAnswers).toBe(0);
    } finally {
      await page.emulateMediaType('screen');
      await search('');
    }
    await page.evaluate(() => {
      (window as unknown as { printed: boolean }).printed = false;
      window.print = () => ((window as unknown as { printed: boolean }).printed = true);
    });
    await page.click('.sg-print');
    expect(await page.evaluate(() => (window as unknown as { printed: boolean }).printed)).toBe(true);
  });

  it('fits a phone screen without sideways scrolling', async () => {
    await page.setViewport({ width: 375, height: 740, isMobile: true });
    try {
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      const controlsHeight = await page.$eval('.sg-controls', (el) => el.getBoundingClientRect().height);
      expect(controlsHeight).toBeLessThan(740 / 4);
    } finally {
      await page.setViewport({ width: 1000, height: 800 });
    }
  });

  it('logged no errors or warnings', () => {
    expect(problems).toEqual([]);
  });
});

describe('guide.html without JavaScript, and guide.pdf', () => {
  it('hides the dead controls and shows every answer', async () => {
    const b = await connectShared(inject('wsEndpoint'));
    const p = await b.context.newPage();
    try {
      await p.setJavaScriptEnabled(false);
      await p.goto(pathToFileURL(guideFile()).href, { waitUntil: 'load' });
      expect(await p.$eval('.sg-controls', (el) => getComputedStyle(el).display)).toBe('none');
      const hidden = await p.$$eval('.answer', (list) => list.filter((el) => (el as HTMLElement).offsetParent === null).length);
      expect(hidden).toBe(0);
    } finally {
      await p.close();
      await disconnectShared(b);
    }
  });

  it('keeps the PDF the plain full guide: no control text, every answer printed', async () => {
    const text = squash(pdfText(path.join(bundledOut(), slug, 'guide.pdf')));
    for (const word of ['Search questions', 'Collapse all', 'Expand all', 'All levels', 'All tags']) expect(text).not.toContain(word);
    // The opening words of every answer's first paragraph, as the HTML has them, are in the PDF.
    const b = await connectShared(inject('wsEndpoint'));
    const p = await b.context.newPage();
    try {
      await p.setJavaScriptEnabled(false);
      await p.goto(pathToFileURL(guideFile()).href, { waitUntil: 'load' });
      const openings = await p.$$eval('.full-answer > p:first-of-type', (list) =>
        list.map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().split(' ').slice(0, 4).join(' ')),
      );
      expect(openings.length).toBeGreaterThan(10);
      expect(openings.filter((o) => !text.includes(squash(o)))).toEqual([]);
    } finally {
      await p.close();
      await disconnectShared(b);
    }
  });

  it('writes no live-reload code into out/', async () => {
    expect(await readFile(guideFile(), 'utf8')).not.toContain('__studyguide');
  });
});

describe('guide.html of a combined guide (--combine)', () => {
  it('keeps a part in the contents while a search shows a question of it, and hides it when none', async () => {
    // Rendered here (no print needed): two small decks as parts.
    const decks = await Promise.all(['alpha', 'beta'].map((n) => loadDeck(`test/fixtures/combine/${n}.md`)));
    const file = path.join(await tempDir(), 'guide.html');
    await writeFile(file, createGuideRenderer(assetDirs())(combineDecks(decks), { paper: 'a4' }));
    const p = await shared.context.newPage();
    try {
      await p.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      await p.type('.sg-search', 'ARP');
      const shown = await p.$$eval('.toc-part', (parts) => parts.map((li) => (li as HTMLElement).offsetParent !== null));
      expect(shown).toEqual([true, false]);
      const questions = await p.$$eval('.toc-part .toc-questions li', (list) =>
        list.filter((li) => (li as HTMLElement).offsetParent !== null).map((li) => li.textContent?.replace(/\s+/g, ' ').trim()),
      );
      expect(questions).toEqual([expect.stringContaining('What does ARP resolve?')]);
    } finally {
      await p.close();
    }
  });
});

describe('guide.html of a deck marking questions with a star', () => {
  it('lists the mark in the tag menu as printed (★), and choosing it shows the starred questions', async () => {
    // The deck of test/render/mark-tags.test.ts: a starred question, and one with two word tags.
    const deck = parseDeck(await readFile('test/fixtures/mark-tags/sorting.md', 'utf8'), { file: 'sorting.md', slug: 'sorting' });

    const file = path.join(await tempDir(), 'guide.html');
    await writeFile(file, createGuideRenderer(assetDirs())(deck, { paper: 'a4' }));
    const p = await shared.context.newPage();
    try {
      await p.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      const options = await p.$$eval('.sg-tag option', (list) => list.slice(1).map((o) => [(o as HTMLOptionElement).value, o.textContent]));
      expect(options).toEqual([
        ['⭐', '★'],
        ['a&b', '#a&b'],
        ['algorithms', '#algorithms'],
      ]);
      await p.select('.sg-tag', '⭐');
      const shown = await p.$$eval('article.question', (list) =>
        list.filter((a) => (a as HTMLElement).offsetParent !== null).map((a) => a.querySelector('h3')?.textContent?.trim()),
      );
      expect(shown).toEqual([expect.stringContaining('Why is quicksort fast?')]);
    } finally {
      await p.close();
    }
  });
});
