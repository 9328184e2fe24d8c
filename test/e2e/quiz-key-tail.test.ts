import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, pdfPages, squash, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

/**
 * A key whose third entry (two short lists under a paragraph each, too short to count as long)
 * would not fit the first column's foot, so it went whole to the second, leaving a quarter of the
 * first column blank, and the key's last three entries ran onto a page of their own (a Russian
 * Python bank's quiz: 4 pages, the last 9 % full). Tighter spacing alone did not save that page;
 * the last step lets entries break between their paragraphs, so the hole fills and the key ends
 * on one page.
 */
const DECK = 'test/fixtures/quiz-key-tail/python-key.md';

describe('an answer key a few entries longer than its page', () => {
  let pages: string[] = [];
  beforeAll(async () => {
    const dir = await tempDir();
    const { result } = await buildWith({ paths: [DECK], outDir: dir, outputs: ['quiz'], paper: 'a4' });
    expect(result.failed).toEqual([]);
    pages = pdfPages(path.join(dir, 'python-key', 'quiz.pdf'));
  }, 120_000);

  it('ends on the page it starts on, every entry printed', () => {
    const key = pages.findIndex((p) => p.includes('Answer key'));
    expect(key).toBeGreaterThan(0);
    expect(pages.length, 'pages of the quiz').toBe(key + 1);
    const text = squash(pages[key]);
    for (const words of [
      'from the same spot',
      'returns a function in its place',
      'tuple',
      'wrong place',
      'bucket.append(item)',
      'values they hold',
      'No answer yet.',
      'the blueprint from which objects are made',
    ]) {
      expect(text).toContain(squash(words));
    }
  });
});
