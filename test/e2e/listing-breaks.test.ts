import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { GUIDE_PAGES } from '../../src/render/guide-page-sizes.js';
import { buildWith, tempDir } from '../helpers.js';
import { pdfWords, type PdfWordPage } from '../pdf-words.js';
import { greyPage, ruledRows } from '../pdf-grey-page.js';
import { parseInPlace } from '../parse-in-place.js';
import { writeFile } from 'node:fs/promises';

parseInPlace();

/**
 * Code listings split mid-function across pages, with nothing to say the listing went on. A
 * listing of up to 15 lines is never split; a long one breaks, when it can, at a blank line or
 * before a top-level statement (here always before a `def`); where it breaks, a dashed rule closes
 * the page's piece and opens the next.
 */
const short = (k: number) => ['```python', ...Array.from({ length: 15 }, (_, l) => `short_${k}_line_${l} = ${l}`), '```'];
const stage = (n: number) => [
  `def stage_${n}(items):`,
  `    """Stage ${n} of the pipeline."""`,
  '    kept = [i for i in items if i.ok]',
  '    for item in kept:',
  `        item.stage = ${n}`,
  '    return kept',
  '',
];
const prose = (n: number) => Array.from({ length: n }, () => 'A sentence of prose between the listings, long enough to move them about the page.').join(' ');
const DECK = [
  '# Listings',
  '',
  ...Array.from({ length: 5 }, () => [prose(4), '']).flat(),
  '## Short ones',
  '',
  ...Array.from({ length: 6 }, (_, k) => [`### Which value does listing ${k} end on?`, '', '> Fourteen.', '', prose(3 + 2 * k), '', ...short(k), '']).flat(),
  '## A long one',
  '',
  '### Write the pipeline in stages',
  '',
  '> One function a stage, each keeping what passed.',
  '',
  prose(5),
  '',
  '```python',
  ...Array.from({ length: 24 }, (_, n) => stage(n + 1)).flat(),
  'if __name__ == "__main__":',
  '    run()',
  '```',
  '',
].join('\n');

const MM = 72 / 25.4;

for (const paper of ['a4', 'letter'] as const) {
  describe(`code listings on ${paper}`, () => {
    let file = '';
    let pages: PdfWordPage[] = [];
    beforeAll(async () => {
      const dir = await tempDir();
      await writeFile(path.join(dir, 'listings.md'), DECK);
      const { result } = await buildWith({ paths: [path.join(dir, 'listings.md')], outDir: path.join(dir, 'out'), outputs: ['guide'], paper });
      expect(result.failed).toEqual([]);
      file = path.join(dir, 'out', 'listings', 'guide.pdf');
      pages = pdfWords(file);
    }, 120_000);
    const pageOf = (text: string) => pages.findIndex((p) => p.words.some((w) => w.text === text)) + 1;
    /** The page's first word inside its text block, in reading order. */
    const firstWord = (p: PdfWordPage) => {
      const top = GUIDE_PAGES[paper].margins.top * MM;
      return p.words.filter((w) => w.yMin >= top - 2).sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin)[0];
    };

    it('never splits a listing of 15 lines', () => {
      for (let k = 0; k < 6; k++) {
        const first = pageOf(`short_${k}_line_0`);
        expect(first, `listing ${k} found`).toBeGreaterThan(0);
        expect(pageOf(`short_${k}_line_14`), `listing ${k}`).toBe(first);
      }
    });

    it('breaks a long listing only before a function, and marks each break with a rule either side', () => {
      const start = pageOf('stage_1(items):');
      const end = pageOf('run()');
      expect(end, 'the listing runs over pages').toBeGreaterThan(start);
      for (let p = start + 1; p <= end; p++) {
        const first = firstWord(pages[p - 1]);
        expect(first?.text, `page ${p} opens the listing's next piece with`).toBe('def');
        // The rule closing the piece before, at the foot of the text block, and the one opening this piece, at its head.
        const dpi = 100;
        const px = (pt: number) => Math.round((pt / 72) * dpi);
        const { top, bottom } = GUIDE_PAGES[paper].margins;
        for (const [at, where] of [
          [p - 1, 'foot'],
          [p, 'head'],
        ] as const) {
          const grey = greyPage(file, at, dpi);
          // The foot's rule lies under the piece's last line, down to the text block's foot (the piece's box reaches it).
          const foot = pages[at - 1].height - bottom * MM;
          const last = Math.max(...pages[at - 1].words.filter((w) => w.yMax <= foot).map((w) => w.yMax));
          const span = where === 'head' ? { from: px(top * MM) - 4, to: px(top * MM) + 12 } : { from: px(last) + 2, to: px(foot) + 4 };
          const rows = ruledRows(grey, { ...span, left: Math.round(grey.width * 0.3), right: Math.round(grey.width * 0.6) }, 0.3);
          expect(rows.length, `a dashed rule at the ${where} of page ${at}`).toBeGreaterThan(0);
        }
      }
    });
  });
}
