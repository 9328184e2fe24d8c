import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWith, pdfPages, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

/**
 * Eleven drills, then closing notes: one console listing of groups of commands, each under a
 * comment naming it, no blank lines. Split between any lines, the Letter guide's page 4 ended on
 * `# Group 9: reports`, the commands it names overleaf. A closing listing now breaks before a
 * comment that opens a group (or after a blank line), never under a comment.
 */
describe('a closing listing split across pages', () => {
  let pages: string[][] = [];
  beforeAll(async () => {
    const outDir = await tempDir('closing-comment-breaks-');
    const { result } = await buildWith({ paths: ['test/fixtures/closing-comment-breaks/harbour-drills.md'], outDir, outputs: ['guide'], paper: 'letter' });
    expect(result.failed).toEqual([]);
    const file = path.join(outDir, 'harbour-drills', 'guide.pdf');
    // Each page's lines of the listing, in order.
    pages = pdfPages(file, true).map((p) =>
      p
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => /^(# Group \d+|harbourctl )/.test(l)),
    );
  }, 120_000);

  it('breaks before a group, never under its comment', () => {
    const holding = pages.map((lines, i) => ({ lines, page: i + 1 })).filter((p) => p.lines.length);
    expect(holding.length, 'the listing splits').toBeGreaterThan(1);
    expect(
      holding.flatMap((p) => p.lines).filter((l) => l.startsWith('harbourctl')),
      'every command printed once',
    ).toHaveLength(35);
    for (const [k, { lines, page }] of holding.entries()) {
      if (k === holding.length - 1) break;
      const last = lines[lines.length - 1];
      expect(last, `page ${page}'s last listing line`).not.toMatch(/^# Group/);
      expect(lines[lines.length - 2], `page ${page}: one command under its comment`).not.toMatch(/^# Group/);
      expect(holding[k + 1].lines[0], `page ${holding[k + 1].page} goes on with a group's comment`).toMatch(/^# Group/);
    }
  });
});
