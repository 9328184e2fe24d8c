import { describe, expect, it, beforeAll } from 'vitest';
import path from 'node:path';
import { bundledOut, letterOut } from '../helpers.js';
import { pdfBlocks } from '../pdf-lines.js';
import { SHARED_BUILDS_WAIT_MS, sharedBuilds } from '../shared-builds.js';

// Reads the e2e setup's shared builds (test/shared-builds.ts).
beforeAll(sharedBuilds, SHARED_BUILDS_WAIT_MS);

/** Runs of three or more printed lines in a row ending in a word broken by a hyphen, as text. */
function hyphenRuns(file: string): string[] {
  const runs: string[] = [];
  for (const block of pdfBlocks(file)) {
    let run: string[] = [];
    for (const line of [...block.lines, { text: '' }]) {
      if (/\p{L}-$/u.test(line.text)) run.push(line.text);
      else {
        if (run.length > 2) runs.push(run.join(' / '));
        run = [];
      }
    }
  }
  return runs;
}

// Chromium has no hyphenate-limit-lines: the bundled infrastructure guide printed two runs of three.
describe('hyphenated line ends in the guide', () => {
  it('come two in a row at most, as a book sets them', () => {
    const guides = [
      path.join(bundledOut(), 'infrastructure-engineer', 'guide.pdf'),
      path.join(bundledOut(), 'kubernetes-admin', 'guide.pdf'),
      path.join(letterOut(), 'infrastructure-engineer', 'guide.pdf'),
    ];
    expect(guides.flatMap(hyphenRuns)).toEqual([]);
  });
});
