import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWith, pdfPages, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

/**
 * Eleven drills, then a console listing of groups of commands, each under a comment naming it, no
 * blank lines: as closing notes (which split between any lines) the Letter guide's page 4 ended on
 * `# Group 9: reports`, and as a long listing in an answer on `// Group 10: uploads`, the commands
 * each names overleaf. A listing now never breaks under a comment; a closing one breaks before a
 * comment that opens a group (or after a blank line).
 */
describe.each([
  { what: 'closing notes', file: 'test/fixtures/closing-comment-breaks/harbour-drills.md', slug: 'harbour-drills', atGroups: true },
  { what: "an answer's long listing", file: 'test/fixtures/answer-comment-breaks/console-drills.md', slug: 'console-drills', atGroups: false },
])('a listing in $what split across pages', ({ file, slug, atGroups }) => {
  let pages: string[][] = [];
  beforeAll(async () => {
    const outDir = await tempDir(`${slug}-`);
    const { result } = await buildWith({ paths: [file], outDir, outputs: ['guide'], paper: 'letter' });
    expect(result.failed).toEqual([]);
    // Each page's lines of the listing, in order.
    pages = pdfPages(path.join(outDir, slug, 'guide.pdf'), true).map((p) =>
      p
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => /^((#|\/\/) Group \d+|harbourctl )/.test(l)),
    );
  }, 120_000);

  it('breaks before a group, never under its comment', () => {
    const holding = pages.map((lines, i) => ({ lines, page: i + 1 })).filter((p) => p.lines.length);
    expect(holding.length, 'the listing splits').toBeGreaterThan(1);
    const commands = readFileSync(file, 'utf8').match(/^harbourctl /gm)?.length;
    expect(
      holding.flatMap((p) => p.lines).filter((l) => l.startsWith('harbourctl')),
      'every command printed once',
    ).toHaveLength(commands!);
    for (const [k, { lines, page }] of holding.entries()) {
      if (k === holding.length - 1) break;
      expect(lines[lines.length - 1], `page ${page}'s last listing line`).not.toMatch(/Group/);
      expect(lines[lines.length - 2], `page ${page}: one command under its comment`).not.toMatch(/Group/);
      if (atGroups) expect(holding[k + 1].lines[0], `page ${holding[k + 1].page} goes on with a group's comment`).toMatch(/Group/);
    }
  });
});
