import path from 'node:path';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWith, pdfPages, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * A short cheat sheet, set in one column, left its page a third empty (55 % full) and printed
 * its long made answers cut with "…" at a business card's length. It prints the answer a 3×5
 * card holds: 214 → 296 words, 3 → 2 answers cut, the page 55 → 68 % full, one page still.
 */
const deckFile = 'test/e2e/card-room/long-answers.md';

describe('a one-column cheat sheet', () => {
  let text = '';
  let pages: string[] = [];
  beforeAll(async () => {
    const outDir = await tempDir('cheatsheet-roomy-');
    const { result } = await buildWith({ paths: [deckFile], outDir, outputs: ['cheatsheet'] });
    expect(result.failed).toEqual([]);
    const file = path.join(outDir, 'long-answers', 'cheatsheet.pdf');
    pages = pdfPages(file);
    // Whitespace collapsed, the marks kept as printed (squash would spell "…" as "...").
    text = pages.join(' ').replace(/\s+/g, ' ');
    expect(readFileSync(path.join(outDir, 'long-answers', 'cheatsheet.html'), 'utf8')).toContain('class="cheatsheet one-column');
  }, 120_000);

  it('prints the longer made answer, once, on its one page', () => {
    expect(pages).toHaveLength(1);
    // Q2's 370-character sentence, cut in columns at "when it too is…", goes on to the log.
    expect(text).toContain('must reach the write-ahead log before the change is safe…');
    expect(text.split('Splitting a full page').length - 1).toBe(1);
    expect(text.match(/…/g) ?? []).toHaveLength(2);
  });
});
