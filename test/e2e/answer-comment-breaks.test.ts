import path from 'node:path';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWith, pdfPages, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

/**
 * Eleven drills, then a question whose answer is one long listing of groups of commands, each under
 * a comment naming it, no blank lines. On Letter its page 4 ended on `// Group 10: uploads`, the
 * commands it names overleaf. The page now ends before the comment, as that costs no page (held
 * wherever, such holds took the A4 Go booklet a sheet more: print/hold-code-under-comments.ts).
 */
describe("an answer's long listing split under a comment", () => {
  const file = 'test/fixtures/answer-comment-breaks/console-drills.md';
  let pages: string[][] = [];
  let count = 0;
  beforeAll(async () => {
    const outDir = await tempDir('answer-comment-breaks-');
    const { result } = await buildWith({ paths: [file], outDir, outputs: ['guide'], paper: 'letter' });
    expect(result.failed).toEqual([]);
    const all = pdfPages(path.join(outDir, 'console-drills', 'guide.pdf'), true);
    count = all.length;
    // Each page's lines of the listing, in order.
    pages = all.map((p) =>
      p
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => /^(\/\/ Group \d+|harbourctl )/.test(l)),
    );
  }, 120_000);

  it('ends no page on a comment whose code goes on overleaf, on as many pages', () => {
    const holding = pages.map((lines, i) => ({ lines, page: i + 1 })).filter((p) => p.lines.length);
    expect(holding.length, 'the listing splits').toBeGreaterThan(1);
    const commands = readFileSync(file, 'utf8').match(/^harbourctl /gm)?.length;
    expect(
      holding.flatMap((p) => p.lines).filter((l) => l.startsWith('harbourctl')),
      'every command printed once',
    ).toHaveLength(commands!);
    for (const { lines, page } of holding.slice(0, -1)) expect(lines[lines.length - 1], `page ${page}'s last listing line`).not.toMatch(/^\/\/ Group/);
    expect(count).toBe(5);
  });
});
