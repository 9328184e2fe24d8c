import { beforeAll, describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { GUIDE_PAGES } from '../../src/render/guide-page-sizes.js';
import { buildWith, tempDir } from '../helpers.js';
import { pageFill } from '../pdf-page-fill.js';
import { pdfWords, type PdfWordPage } from '../pdf-words.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * A long listing whose first function runs twelve lines: that run was held whole, so a listing
 * starting with fewer than twelve lines of room left went to the next page whole, leaving up to a
 * dozen empty lines at the foot of the page before (an A4 page 81 % full, the next opening with the
 * listing). Sixteen questions, each with more prose after the same listing than the one before,
 * start it at as many heights on the page; none may go over whole from a page that had room for
 * seven lines of it.
 */
const prose = (n: number) =>
  Array.from({ length: n }, (_, i) => `Sentence ${i + 1} of the prose around this listing moves the next one a little further down.`).join(' ');
const listing = (k: number) => [
  '```python',
  `def load_${k}(path):`,
  ...Array.from({ length: 10 }, (_, l) => `    step_${k}_${l} = read(path, ${l})`),
  '',
  `def save_${k}(rows):`,
  ...Array.from({ length: 4 }, (_, l) => `    write_${k}_${l}(rows)`),
  '',
  `def check_${k}(rows):`,
  '    return all(rows)',
  '```',
];
/** Questions in the deck: each one's prose after its listing a sentence longer, so the listings start at many heights. */
const QUESTIONS = 16;
/** A deck of QUESTIONS questions, each answered by a lead-in, the kth listing and prose. */
const deckOf = (title: string, listingOf: (k: number) => string[]): string =>
  [
    `# ${title}`,
    '',
    '## Listings',
    '',
    ...Array.from({ length: QUESTIONS }, (_, k) => [
      `### How does loader ${k} read its rows?`,
      '',
      '> In steps.',
      '',
      k % 2 ? 'The loader, function by function:' : prose(1),
      '',
      ...listingOf(k),
      '',
      prose(2 + k),
      '',
    ]).flat(),
  ].join('\n');
const DECK = deckOf('First Runs', listing);

const MM = 72 / 25.4;

/** A deck printed as an A4 guide: the words of each page, and how full each page's text block is. */
interface PrintedGuide {
  pages: PdfWordPage[];
  fill: number[];
}

/** Prints `deck`, saved as `<name>.md`, as a guide alone and reads its pages back; a failed build fails the test. */
async function printGuide(name: string, deck: string): Promise<PrintedGuide> {
  const dir = await tempDir();
  await writeFile(path.join(dir, `${name}.md`), deck);
  const { result } = await buildWith({ paths: [path.join(dir, `${name}.md`)], outDir: path.join(dir, 'out'), outputs: ['guide'] });
  expect(result.failed).toEqual([]);
  const file = path.join(dir, 'out', name, 'guide.pdf');
  return { pages: pdfWords(file), fill: pageFill(file, GUIDE_PAGES.a4.margins) };
}

describe('a long listing opening with a function of twelve lines', () => {
  let pages: PdfWordPage[] = [];
  let fill: number[] = [];
  beforeAll(async () => {
    ({ pages, fill } = await printGuide('runs', DECK));
  }, 180_000);

  const pageOf = (text: string) => pages.findIndex((p) => p.words.some((w) => w.text === text));
  /** The words of a page's text block, in reading order. */
  const body = (p: PdfWordPage) => {
    const top = GUIDE_PAGES.a4.margins.top * MM;
    return p.words
      .filter((w) => w.yMin >= top - 2 && w.yMax <= p.height - GUIDE_PAGES.a4.margins.bottom * MM + 2)
      .sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
  };

  it('starts where the page before has room for seven of its lines, the rest overleaf in order', () => {
    const over: string[] = [];
    for (let k = 0; k < QUESTIONS; k++) {
      const at = pageOf(`load_${k}(path):`);
      expect(at, `listing ${k} found`).toBeGreaterThan(0);
      // Its lines print in order: the first function's last step before the second function.
      const last = pageOf(`step_${k}_9`);
      expect(last).toBeGreaterThanOrEqual(at);
      expect(pageOf(`save_${k}(rows):`)).toBeGreaterThanOrEqual(last);
      const words = body(pages[at]);
      const opens = words[0]?.text === 'def' && words[1]?.text === `load_${k}(path):`;
      // Gone over whole from a page with a hole of seven code lines (about 12 % of an A4 text block) or more.
      if (opens && fill[at - 1] < 0.88) over.push(`listing ${k}: page ${at} ${Math.round(fill[at - 1] * 100)} % full`);
    }
    expect(over).toEqual([]);
  });
});

/**
 * A long listing whose second function runs twelve lines (its blank line counted): that run was held
 * whole, so where the page ended inside it the function went over whole with the short tail after it,
 * leaving up to fourteen code lines blank at the page's foot (A4 pages 79–85 % full, the next opening
 * with `def load_k`). It may now break inside, with three of its lines at least on either side.
 */
const laterListing = (k: number) => [
  '```python',
  `def open_${k}(path):`,
  ...Array.from({ length: 3 }, (_, l) => `    handle_${k}_${l} = opener(path, ${l})`),
  '',
  `def load_${k}(path):`,
  ...Array.from({ length: 10 }, (_, l) => `    step_${k}_${l} = read(path, ${l})`),
  '',
  `def check_${k}(rows):`,
  '    return all(rows)',
  '```',
];
const LATER_DECK = deckOf('Later Runs', laterListing);

describe('a long listing whose later function runs twelve lines', () => {
  let pages: PdfWordPage[] = [];
  let fill: number[] = [];
  beforeAll(async () => {
    ({ pages, fill } = await printGuide('later', LATER_DECK));
  }, 180_000);

  const pageOf = (text: string) => pages.findIndex((p) => p.words.some((w) => w.text === text));

  it('breaks inside it rather than leave a hole of seven code lines, three of its lines at least on either side, in order', () => {
    const faults: string[] = [];
    for (let k = 0; k < QUESTIONS; k++) {
      const [open, start, third, lastButTwo, last, check] = [
        `open_${k}(path):`,
        `load_${k}(path):`,
        `step_${k}_1`,
        `step_${k}_7`,
        `step_${k}_9`,
        `check_${k}(rows):`,
      ].map(pageOf);
      expect(Math.min(open, start, third, lastButTwo, last, check), `listing ${k} found`).toBeGreaterThan(0);
      expect([open, start, third, lastButTwo, last, check], `listing ${k} in order`).toEqual(
        [...[open, start, third, lastButTwo, last, check]].sort((a, b) => a - b),
      );
      if (third !== start || last !== lastButTwo) faults.push(`listing ${k}: fewer than three lines of load_${k} on a page`);
      // Gone over whole (the function opening the page) from a page with a hole of seven code lines or more.
      if (start > open && fill[start - 1] < 0.88)
        faults.push(`listing ${k}: load_${k} opens page ${start + 1}, page ${start} ${Math.round(fill[start - 1] * 100)} % full`);
    }
    expect(faults).toEqual([]);
  });
});
