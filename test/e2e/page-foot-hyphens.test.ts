import { beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildDeckText, pdfPages } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

describe('a guide of long words', () => {
  let file = '';
  beforeAll(async () => {
    // Eighteen answers of long, hyphenated words: 20 pages, 8 of which ended in a word's first half.
    const deck = await readFile('test/fixtures/page-foot-hyphens/input.md', 'utf8');
    file = path.join(await buildDeckText('foot-hyphens', deck, ['guide']), 'guide.pdf');
  });

  it('never ends a page in the middle of a word: no page’s last line ends on a hyphen', () => {
    const pages = pdfPages(file, true);
    expect(pages.length).toBeGreaterThan(15);
    const split = pages
      .map((text, i) => ({
        page: i + 1,
        last:
          text
            .split('\n')
            .filter((l) => l.trim() && !/page \d+ of \d+/.test(l))
            .at(-1)
            ?.trim() ?? '',
      }))
      .filter((p) => /\p{L}-$/u.test(p.last));
    expect(split).toEqual([]);
  });
});
