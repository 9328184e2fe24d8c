import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { GUIDE_PAGES } from '../../src/render/guide-page-sizes.js';
import { buildDeckText, pdfPages } from '../helpers.js';
import { pageFill } from '../pdf-page-fill.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

/**
 * A section whose question opens its answer with a listing of several pages, after a section
 * that ends part way down a page. The section runs on under the one before (the page is under
 * three quarters full), and the page is shared by naming the part of the section on it: the
 * listing's first lines too, not only its heading and box. Unnamed, the listing went over to the
 * next page and left the shared one 61 % full (a 45 % hole under the box in a bank of forty
 * small sections, where the listing's question followed another in its own section).
 */
const filler = (word: string, n: number) => Array.from({ length: n }, () => `${word} text here.`).join(' ');
const listing = Array.from(
  { length: 150 },
  (_, i) =>
    `    echo "step ${i + 1}: copying /srv/archive/${String(i).padStart(4, '0')} to the store" && rsync --archive --partial /srv/archive/${i}/ store:/vol/${i}/`,
);
const DECK = [
  '# Long Listings',
  '',
  'A bank with one listing that runs for pages.',
  '',
  // Enough introduction that the contents end on a page more than half full: the body opens a page of its own (under a page of
  // contents less full the first section goes on there and fills it, and the listing's section opens the next page).
  ...Array.from({ length: 5 }, (_, i) => [
    `Part ${i + 1} of this introduction says why the listing is here: a script that copies a folder at a time, logs each step and stops at the first failure is asked for in many screens, and a long one shows how the guide prints code that runs over several pages.`,
    '',
  ]).flat(),
  '## Warm-up',
  '',
  '### First?',
  '',
  '> Yes.',
  '',
  filler('Some', 40),
  '',
  '### Second?',
  '',
  '> Also yes.',
  '',
  filler('More', 60),
  '',
  '## Scripts',
  '',
  '### Write a script that archives 150 folders, with logging',
  '',
  '> Loop over them, rsync each with `--partial`, and stop at the first failure.',
  '',
  '```bash',
  'set -euo pipefail',
  'main() {',
  ...listing,
  '}',
  '```',
  '',
].join('\n');

describe('a long listing opening a run-on section', () => {
  let file = '';
  beforeAll(async () => {
    file = path.join(await buildDeckText('long-listings', DECK, ['guide']), 'guide.pdf');
  }, 120_000);

  it('starts under its heading and fills the shared page', () => {
    const pages = pdfPages(file);
    // The box's words and the filler's are printed only in the body, never in the contents.
    const heading = pages.findIndex((p) => p.includes('Loop over them'));
    const warmUp = pages.map((p) => p.includes('More text here.')).lastIndexOf(true);
    expect(heading, 'the section runs on under the one before').toBe(warmUp);
    expect(pages[heading], 'the listing starts on the heading’s page').toContain('step 1:');
    expect(Math.round(pageFill(file, GUIDE_PAGES.a4.margins)[heading] * 100)).toBeGreaterThanOrEqual(90);
  });
});
