import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BrowserSession } from '../../src/print/browser-session.js';
import { buildWith, pdfText, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

// A bank's options written as unticked tasks (`- [ ] def`) print with their boxes as their marks:
// a bullet beside each box as well printed two marks on every line.
let out = '';
let session: BrowserSession;
afterAll(() => session.dispose());
beforeAll(async () => {
  session = new BrowserSession({ browserWSEndpoint: inject('wsEndpoint') });
  out = await tempDir();
  const { result } = await buildWith({
    paths: ['test/fixtures/layouts/list-unticked-options/input.md'],
    outDir: out,
    outputs: ['guide', 'cards', 'cheatsheet'],
  });
  expect(result.failed).toEqual([]);
});

describe('options written as a task list', () => {
  // The questions are open (no answer given), so they make no cards: the guide is where they print.
  it('have their boxes and no bullet in guide.html as printed', async () => {
    const html = readFileSync(path.join(out, 'input', 'guide.html'), 'utf8');
    const items = await session.withPage(async (page) => {
      await page.setJavaScriptEnabled(false);
      await page.setContent(html);
      await page.emulateMediaType('print');
      return page.$$eval('li.task-list-item', (lis) =>
        lis.map((li) => `${getComputedStyle(li).listStyleType}|${li.querySelector('input[type=checkbox]') ? 'box' : ''}`),
      );
    });
    expect(items.length).toBeGreaterThan(5);
    expect(new Set(items)).toEqual(new Set(['none|box']));
  });

  it('keep their words in the guide', () => {
    expect(pdfText(path.join(out, 'input', 'guide.pdf'))).toMatch(/func\s+def\s+lambda only\s+function/);
  });
});
