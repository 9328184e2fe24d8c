import { beforeAll, describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { GUIDE_PAGES } from '../../src/render/guide-page-sizes.js';
import { buildWith, pdfPages, squash, tempDir } from '../helpers.js';
import { pageFill } from '../pdf-page-fill.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * A guide ending with a long listing and one closing sentence: the listing filled the page before
 * to its foot (98 %) and the sentence alone made the last page (2 % full), a remnant nothing could
 * pull back (the page before had no room) nor join (the last question, half a page long, starts
 * too high to go over whole). The listing's last function now goes over with it.
 */
const sentences = (word: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${word} sentence ${i + 1} keeps the page moving along at an even pace.`).join(' ');
const stage = (s: number) => [
  `def stage_${s}(items):`,
  `    kept = [i for i in items if i.ok_${s}]`,
  '    for item in kept:',
  `        item.stage = ${s}`,
  '    return kept',
  '',
];
const DECK = [
  '# Remnant Deck',
  '',
  '## Only chapter',
  '',
  ...Array.from({ length: 4 }, (_, k) => [`### Question ${k + 1} of the chapter?`, '', '> Short answer.', '', sentences('Filler', 8), '']).flat(),
  '### How is the pipeline written?',
  '',
  '> In stages.',
  '',
  sentences('Lead', 10),
  '',
  '```python',
  ...Array.from({ length: 5 }, (_, s) => stage(s)).flat(),
  '```',
  '',
  'That is the whole pipeline.',
  '',
].join('\n');

describe('a guide ending with a long listing and a closing sentence', () => {
  let pages: string[] = [];
  let fill: number[] = [];
  beforeAll(async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'remnant.md'), DECK);
    const { result } = await buildWith({ paths: [path.join(dir, 'remnant.md')], outDir: path.join(dir, 'out'), outputs: ['guide'] });
    expect(result.failed).toEqual([]);
    const file = path.join(dir, 'out', 'remnant', 'guide.pdf');
    pages = pdfPages(file).map(squash);
    fill = pageFill(file, GUIDE_PAGES.a4.margins);
  }, 180_000);

  it('ends on a page with more than the sentence, the page before still well filled', () => {
    const last = pages.length - 1;
    expect(pages[last]).toContain('That is the whole pipeline.');
    expect(
      pages[last]
        .replace(/page \d+ of \d+/, '')
        .replace(/Remnant Deck|Only chapter/g, '')
        .trim(),
      'the last page',
    ).not.toMatch(/^That is the whole pipeline\.$/);
    expect(pages[last]).toContain('def stage_4(items):');
    expect(fill[last - 1], 'the page before').toBeGreaterThan(0.75);
    // The listing in order across the break: stage 3 before stage 4.
    const text = pages.join(' ');
    expect(text.indexOf('def stage_3(items):')).toBeLessThan(text.indexOf('def stage_4(items):'));
  });
});
