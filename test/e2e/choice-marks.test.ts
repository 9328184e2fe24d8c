import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { BrowserSession } from '../../src/print/browser-session.js';
import { buildWith, pdfText, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

// A quiz's unlettered options drawn as radio buttons (`* ( ) abc`, `* (x) 3`) print as options:
// a drawn circle before each, no bullet and no bracket. The guide shows the answer, so there the
// right one's circle is filled; the cards' fronts ask, so every circle is empty.
let out = '';
let session: BrowserSession;
afterAll(() => session.dispose());
beforeAll(async () => {
  session = new BrowserSession({ browserWSEndpoint: inject('wsEndpoint') });
  out = await tempDir();
  const { result } = await buildWith({ paths: ['test/fixtures/layouts/radio-choice-options/input.md'], outDir: out, outputs: ['guide', 'cards'] });
  expect(result.failed).toEqual([]);
});

/** Each choice as printed in an HTML output (scripts off, print media): its words, its mark's shape, filled or not, and its bullet. */
async function choices(file: string): Promise<string[]> {
  const html = readFileSync(path.join(out, 'input', file), 'utf8');
  return session.withPage(async (page: Page) => {
    await page.setJavaScriptEnabled(false);
    await page.setContent(html);
    await page.emulateMediaType('print');
    return page.$$eval('ul.choices > li', (items) =>
      items.map((li) => {
        const mark = li.querySelector('.choice-mark');
        const style = mark ? getComputedStyle(mark) : undefined;
        const filled = style && style.backgroundColor !== 'rgba(0, 0, 0, 0)' ? 'filled' : 'empty';
        return `${li.textContent?.trim()}|${style?.borderRadius === '50%' ? 'circle' : 'none'}|${filled}|${getComputedStyle(li).listStyleType}`;
      }),
    );
  });
}

describe('radio-marked options', () => {
  it('print in the guide with a circle each, the right one filled', async () => {
    expect(await choices('guide.html')).toEqual([
      'abc|circle|empty|none',
      '3|circle|filled|none',
      'Um erro.|circle|empty|none',
      'def|circle|filled|none',
      'func|circle|empty|none',
      'lambda:|circle|empty|none',
      'Uma lista.|circle|empty|none',
      'Uma tupla.|circle|filled|none',
    ]);
  });

  it('print on the cards with every circle empty: the front asks', async () => {
    const marks = await choices('cards.html');
    expect(marks.length).toBe(8);
    expect(marks.filter((m) => m.includes('filled'))).toEqual([]);
  });

  it('print their words without the brackets the bank drew', () => {
    const text = pdfText(path.join(out, 'input', 'guide.pdf'));
    expect(text).toMatch(/abc\s+3\s+Um erro\./);
    expect(text).not.toMatch(/\(\s?\)|\(x\)/);
  });
});
