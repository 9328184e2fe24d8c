import { describe, expect, it, beforeAll } from 'vitest';
import path from 'node:path';
import { bundledOut } from '../helpers.js';
import { pdfBlocks } from '../pdf-lines.js';
import { SHARED_BUILDS_WAIT_MS, sharedBuilds } from '../shared-builds.js';

// Reads the e2e setup's shared builds (test/shared-builds.ts).
beforeAll(sharedBuilds, SHARED_BUILDS_WAIT_MS);

/**
 * A paragraph, list item or cheat-sheet answer whose last line is one short word ("explains | it.",
 * "window with monitoring in | place.") leaves a runt a typographer marks: the bundled guides had
 * nine, their cheat sheets one, a bank of forty one-line answers four. Read from the printed PDFs:
 * no block of text ends in a line of one word of up to six characters closing a sentence under a
 * line of three words or more (a diagram's or a table's one-word labels do not close a sentence).
 */
function runts(file: string): string[] {
  return pdfBlocks(file).flatMap((block) => {
    const [before, last] = block.lines.slice(-2).map((l) => l.text.split(' '));
    if (!last || !before || last.length !== 1 || before.length < 3) return [];
    return /^\S{1,5}[.:;!?]$/u.test(last[0]) ? [`p. ${block.lines.at(-1)!.page}: …${before.slice(-3).join(' ')} | ${last[0]}`] : [];
  });
}

describe('lines of one short word', () => {
  for (const slug of ['infrastructure-engineer', 'kubernetes-admin']) {
    for (const pdf of ['guide.pdf', 'cheatsheet.pdf']) {
      it(`end no paragraph of the ${slug} ${pdf}`, () => {
        expect(runts(path.join(bundledOut(), slug, pdf))).toEqual([]);
      });
    }
  }
});
