import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { BrowserSession } from '../../src/print/browser-session.js';
import { buildWith, pdfText, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

// Options written in our own format (a lettered list between the question and its card) print
// with the question, their letters as their only marks; a bank's options written as unticked
// tasks (`- [ ] def`) print with their boxes as their only marks.
let out = '';
let session: BrowserSession;
afterAll(() => session.dispose());
beforeAll(async () => {
  session = new BrowserSession({ browserWSEndpoint: inject('wsEndpoint') });
  out = await tempDir();
  const { result } = await buildWith({
    paths: ['test/fixtures/options/deck.md', 'test/fixtures/layouts/list-unticked-options/input.md'],
    outDir: out,
    outputs: ['guide', 'cards', 'cheatsheet'],
    quiz: true,
  });
  expect(result.failed).toEqual([]);
});

/** `look` run on an HTML output as printed: scripts off, print media. */
async function printed<T>(file: string, look: (page: Page) => Promise<T>): Promise<T> {
  const html = readFileSync(path.join(out, file), 'utf8');
  return session.withPage(async (page) => {
    await page.setJavaScriptEnabled(false);
    await page.setContent(html);
    await page.emulateMediaType('print');
    return look(page);
  });
}

describe('options of a multiple-choice question', () => {
  it.each(['guide', 'cards', 'cheatsheet', 'quiz'])('print in %s.pdf as "A) …" lines, no bullet before a letter', (name) => {
    const text = pdfText(path.join(out, 'deck', `${name}.pdf`));
    expect(text).toContain('A) Venus B) Mercury C) Mars D) Jupiter');
    expect(text).toContain('a. Only Saturn b. Saturn and Jupiter c. All four giants');
  });

  it.each(['guide', 'cards', 'cheatsheet'])('have no list marker in %s.html as printed (their letters are their marks)', async (name) => {
    const markers = await printed(`deck/${name}.html`, (page) =>
      page.$$eval('.options li', (items) => items.map((li) => `${getComputedStyle(li).listStyleType}|${getComputedStyle(li, '::marker').content}`)),
    );
    expect(markers).toHaveLength(7);
    expect(new Set(markers)).toEqual(new Set(['none|normal']));
  });

  it('keep the card answer below them: the card shows the answer once, after the options', () => {
    const text = pdfText(path.join(out, 'deck', 'cards.pdf'));
    expect(text).toMatch(/D\) Jupiter B\) Mercury: 88 days round the Sun\./);
  });
});

describe('options written as a task list', () => {
  // The questions are open (no answer given), so they make no cards: the guide is where they print.
  it('have their boxes and no bullet in guide.html as printed', async () => {
    const items = await printed('input/guide.html', (page) =>
      page.$$eval('li.task-list-item', (lis) =>
        lis.map((li) => `${getComputedStyle(li).listStyleType}|${li.querySelector('input[type=checkbox]') ? 'box' : ''}`),
      ),
    );
    expect(items.length).toBeGreaterThan(5);
    expect(new Set(items)).toEqual(new Set(['none|box']));
  });

  it('keep their words in the guide', () => {
    expect(pdfText(path.join(out, 'input', 'guide.pdf'))).toMatch(/func\s+def\s+lambda only\s+function/);
  });
});
