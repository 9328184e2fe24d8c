import { beforeAll, describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildWith, pdfPages, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

const WORDS =
  'the scheduler places each pod on a node whose free resources match its requests while the kubelet reports status and controllers reconcile desired with observed state'.split(
    ' ',
  );
const words = (n: number, start: number) => Array.from({ length: n }, (_, i) => WORDS[(start + i * 7) % WORDS.length]).join(' ');

/**
 * Four long answers, each a paragraph and 40 list items of three lines (every fifth one of two).
 * Chromium split such an item at a page's foot two lines and one, despite `widows: 2`: all four
 * page breaks that fell inside an item left its last line alone at the top of the next page.
 */
function listDeck(): string {
  const out = ['# Widows', '', '## Lists', ''];
  for (let q = 1; q <= 4; q++) {
    out.push(`### Question ${q}?`, '', `> Answer ${q}.`, '', `Para ${q}.0: ${words(30, q)}.`, '');
    for (let i = 1; i <= 40; i++) out.push(`- Item ${q}.${i}: ${words(i % 5 ? 23 + (i % 3) : 12, q + i)}.`);
    out.push('');
  }
  return out.join('\n');
}

/** A line that starts a block of the deck (or the page's headings), not one carried over from the page before. */
const startsBlock = (line: string) => /^(•\s*)?(Item|Para) \d+\.\d+:|^Q\d+ |^●|^In short|^Lists$/.test(line);

/** Lines of text on each page under its running head, without the page number. */
const bodyLines = (page: string) =>
  page
    .split('\n')
    .slice(1)
    .map((l) => l.trim())
    .filter((l) => l && !/^page \d+ of \d+$/.test(l));

describe('a guide of many short list items', () => {
  let file = '';
  beforeAll(async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'widows.md'), listDeck());
    const { result } = await buildWith({ paths: [path.join(dir, 'widows.md')], outDir: path.join(dir, 'out'), outputs: ['guide'] });
    expect(result.failed).toEqual([]);
    file = path.join(dir, 'out', 'widows', 'guide.pdf');
  });

  it('never opens a page with one line of an item or paragraph left from the page before', () => {
    const pages = pdfPages(file, true).slice(2).map(bodyLines);
    expect(pages.length).toBeGreaterThan(6);
    const widows = pages.flatMap((lines, i) => {
      const carried = lines.findIndex(startsBlock);
      return carried === 1 ? [`page ${i + 3}: ${lines[0]}`] : [];
    });
    expect(widows).toEqual([]);
  });
});
