import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { parseDeck } from '../../../src/content/parse-deck.js';
import { assetDirs } from '../../../src/render/assets.js';
import { createGuideRenderer } from '../../../src/render/render-guide.js';
import { createCheatsheetRenderer } from '../../../src/render/render-cheatsheet.js';
import { defaultOptions } from '../../../src/model/option-schema.js';
import { guideTextBlock } from '../../../src/render/guide-page-sizes.js';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { bundledOut } from '../../helpers.js';
import { connectShared, disconnectShared, type SharedConnection } from '../../../src/print/connect-shared.js';
import { SHARED_BUILDS_WAIT_MS, sharedBuilds } from '../../shared-builds.js';

// Reads the e2e setup's shared builds (test/shared-builds.ts).
beforeAll(sharedBuilds, SHARED_BUILDS_WAIT_MS);

// Korean puts spaces between its words: a line breaks there, never inside a word ("데이|터를").
// Where a line breaks depends on the rules, not on a font, so this holds with or without a
// Korean face installed (without one, narrower stand-in glyphs print: the paragraph is long
// enough to wrap more than twice even then).
const WORDS = '데이터를 저장하는 컨테이너는 재시작되면 기록을 잃어버리므로 영구 볼륨을 따로 연결해야 합니다';
const DECK = `---\nlang: ko\n---\n# 쿠버네티스\n\n## 기초\n\n### 볼륨이 왜 필요한가요?\n\n> 데이터를 지킵니다.\n\n${Array(12).fill(WORDS).join(' ')}.\n`;

// Its own context of the shared browser (connect-shared.ts): closing, it leaves other workers' pages alone.
let shared: SharedConnection;
beforeAll(async () => void (shared = await connectShared(inject('wsEndpoint'))));
afterAll(() => disconnectShared(shared));

describe('a Korean guide', () => {
  it('breaks its lines between words only', async () => {
    const deck = parseDeck(DECK, { file: 'ko.md', slug: 'ko' });
    const html = createGuideRenderer(assetDirs(defaultOptions()))(deck, { paper: 'a4' });
    const page = await shared.context.newPage();
    try {
      await page.setJavaScriptEnabled(false);
      await page.setContent(html, { waitUntil: 'load' });
      // The first character of every line of the answer's paragraph, after the first line.
      const starts = await page.evaluate(() => {
        const p = document.querySelector('.full-answer p')!;
        const text = p.firstChild as Text;
        const range = document.createRange();
        const found: { before: string; at: string }[] = [];
        let top: number | undefined;
        for (let i = 0; i < text.length; i++) {
          range.setStart(text, i);
          range.setEnd(text, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect || !text.data[i].trim()) continue;
          if (top !== undefined && rect.top > top + 2) found.push({ before: text.data[i - 1], at: text.data[i] });
          top = rect.top;
        }
        return found;
      });
      expect(starts.length).toBeGreaterThan(2);
      expect(starts.filter((s) => s.before.trim() !== '')).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('the bundled guides', () => {
  // A heading or contents entry of two lines whose second holds one word ("directly?") reads as a
  // runt: the lines are balanced instead.
  it.each(['infrastructure-engineer', 'kubernetes-admin'])('%s: no question heading or contents entry ends on a line of one word', async (slug) => {
    const html = await readFile(path.join(bundledOut(), slug, 'guide.html'), 'utf8');
    const page = await shared.context.newPage();
    try {
      await page.setJavaScriptEnabled(false);
      // The printed text block's width, in the print layout.
      await page.setViewport({ width: Math.round(guideTextBlock('a4').width), height: 1000 });
      await page.emulateMediaType('print');
      await page.setContent(html, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      const runts = await page.evaluate(() => {
        const found: string[] = [];
        let wrapped = 0;
        for (const el of Array.from(document.querySelectorAll('.question h3 .qtext, .toc-questions .toc-text'))) {
          const text = el.textContent ?? '';
          const range = document.createRange();
          // The top of each word's first letter: its line.
          const tops: number[] = [];
          for (const m of text.matchAll(/\S+/g)) {
            let node: Node | null = el;
            let offset = m.index;
            const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
            while ((node = walker.nextNode()) && offset >= (node as Text).length) offset -= (node as Text).length;
            if (!node) break;
            range.setStart(node, offset);
            range.setEnd(node, offset + 1);
            tops.push(Math.round(range.getClientRects()[0]?.top ?? 0));
          }
          const last = tops[tops.length - 1];
          if (tops.some((t) => t !== last)) wrapped++;
          if (tops.length > 1 && tops[tops.length - 2] !== last) found.push(text);
        }
        return { found, wrapped };
      });
      expect(runts.wrapped).toBeGreaterThan(0);
      expect(runts.found).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('the cheat sheet', () => {
  // Columns of about forty characters: three at the sizes of a large deck, fewer as a small deck's
  // type grows to its 10.5 pt cap (three columns at 14 pt held 22 characters a line).
  it.each([
    [7, 3],
    [9, 3],
    [10.5, 2],
  ])('at %s pt sets %i columns, its badges at 6.5 pt at least', async (pt, columns) => {
    const deck = parseDeck(await readFile('content/kubernetes-admin.md', 'utf8'), { file: 'k.md', slug: 'k' });
    const html = createCheatsheetRenderer(assetDirs(defaultOptions()))(deck, { paper: 'a4', fontSize: pt });
    const page = await shared.context.newPage();
    try {
      await page.setJavaScriptEnabled(false);
      // A4 less the sheet's 9 mm side margins, in CSS pixels.
      await page.setViewport({ width: Math.round(((210 - 18) * 96) / 25.4), height: 1100 });
      await page.emulateMediaType('print');
      await page.setContent(html, { waitUntil: 'load' });
      const lefts = await page.$$eval('.entry', (entries) => [...new Set(entries.map((e) => Math.round(e.getBoundingClientRect().left / 10)))]);
      expect(lefts.length, `column starts ${lefts.join(', ')}`).toBe(columns);
      // Level badges stay legible at the smallest sizes (0.72 em of 7 pt was 5 pt).
      const badge = await page.$eval('.entry .badge', (b) => parseFloat(getComputedStyle(b).fontSize));
      expect(badge).toBeGreaterThanOrEqual((6.5 * 96) / 72 - 0.01);
    } finally {
      await page.close();
    }
  });
});
