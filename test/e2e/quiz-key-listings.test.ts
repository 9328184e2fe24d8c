import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { buildDeckText, buildWith, tempDir } from '../helpers.js';
import { pdfWords, type PdfWord, type PdfWordPage } from '../pdf-words.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * The quiz's key sets its answers in two columns, and a listing there wrapped at half the page:
 * at 8.5 pt a column holds about 40 columns of code, and a Go bank's key wrapped 80 of its 561
 * listing lines. Each listing is now set at the largest size up to 8.5 pt at which its widest
 * line fits the column, never under 6 pt: one of 45–47 columns prints its lines whole, and a
 * short one keeps 8.5 pt. One wider still (88 columns) would wrap even at 6 pt: it goes to the
 * key's end, across the page, every line whole, and its answer points to it with its page.
 */
const deckFile = 'test/fixtures/quiz-key-listings/listings.md';

/** The source lines of the deck's fenced listings, in order. */
const listings = readFileSync(deckFile, 'utf8')
  .split(/^```\w*$/m)
  .filter((_, i) => i % 2 === 1)
  .map((block) => block.split('\n').filter((l) => l.trim()));

/** The key's pages: from the one that opens with its title, under the running head (at 31 pt) that says "Answer key" too. */
function keyPages(pages: PdfWordPage[]): PdfWordPage[] {
  const start = pages.findIndex((p) => p.words.some((w, i) => w.text === 'Answer' && p.words[i + 1]?.text === 'key' && w.yMin > 40));
  expect(start).toBeGreaterThan(0);
  return pages.slice(start);
}

/** Where a source line's words print in a row (page and words), or undefined. */
function printed(pages: PdfWordPage[], line: string): { page: PdfWordPage; words: PdfWord[] } | undefined {
  const want = line.trim().split(/\s+/);
  // pdftotext writes an apostrophe as &apos;, which pdfWords leaves as it is.
  const text = (w: PdfWord) => w.text.replace(/&apos;/g, "'");
  for (const page of pages) {
    for (let i = 0; i + want.length <= page.words.length; i++) {
      if (want.every((w, k) => text(page.words[i + k]) === w)) return { page, words: page.words.slice(i, i + want.length) };
    }
  }
  return undefined;
}

const height = (w: PdfWord) => w.yMax - w.yMin;

describe.each(['a4', 'letter'] as const)('the quiz key on %s', (paper) => {
  let key: PdfWordPage[] = [];
  let all: PdfWordPage[] = [];
  beforeAll(async () => {
    const outDir = await tempDir(`quiz-key-listings-${paper}-`);
    const { result } = await buildWith({ paths: [deckFile], outDir, outputs: ['quiz'], paper });
    expect(result.failed).toEqual([]);
    all = pdfWords(path.join(outDir, 'listings', 'quiz.pdf'));
    key = keyPages(all);
    expect(key.length).toBeGreaterThan(0);
  }, 180_000);

  it('prints each line of a listing a little wider than the column whole, on one line', () => {
    expect(Math.max(...listings[0].map((l) => l.length))).toBeGreaterThan(44);
    for (const line of [...listings[0], ...listings[1]]) {
      const at = printed(key, line);
      expect(at, `"${line.trim()}" printed in one run`).toBeDefined();
      const first = at!.words[0];
      const last = at!.words[at!.words.length - 1];
      // Wrapped, the line's last words went down under its first.
      expect(Math.abs(last.yMin - first.yMin), `"${line.trim()}" on one line`).toBeLessThan(1);
    }
  });

  it('keeps a drawing whole and inside its column, scaled to it as before', () => {
    const broker = key.flatMap((p) => p.words.map((w) => ({ w, p }))).find(({ w }) => w.text === 'broker');
    expect(broker, 'the drawing in the key').toBeDefined();
    const { p: page } = broker!;
    const row = page.words.filter((w) => Math.abs(w.yMin - broker!.w.yMin) < 1);
    const pool = row.find((w) => w.text === 'pool');
    expect(pool, '"pool" on the row of "broker"').toBeDefined();
    // The gutter between the key's two columns, or the paper's right margin: nothing of the drawing past it.
    const edge = broker!.w.xMin < page.width / 2 ? page.width / 2 : page.width - 40;
    expect(Math.max(...row.map((w) => w.xMax)), 'the drawing within its column').toBeLessThan(edge);
  });

  it('sets a fitted listing smaller than a short one, and none under 6 pt', () => {
    const short = printed(key, 'echo ready')!.words[0];
    const fitted = printed(key, listings[0][0])!.words[0];
    const wide = key.flatMap((p) => p.words).find((w) => w.text === 'retry(job,')!;
    expect(height(fitted)).toBeLessThan(height(short) * 0.99);
    // 6 pt against 8.5 pt: 0.71; smaller still, a wide listing would print at any size to fit.
    expect(height(wide) / height(short)).toBeGreaterThan(0.69);
    expect(height(fitted) / height(short)).toBeGreaterThan(0.69);
  });

  it('prints each line of a listing too wide for a column whole, at the key’s end, its answer pointing to its page', () => {
    const retry = listings[3];
    expect(Math.max(...retry.map((l) => l.length))).toBeGreaterThan(80);
    const at = retry.map((line) => ({ line, at: printed(key, line) }));
    for (const { line, at: found } of at) {
      expect(found, `"${line.trim()}" printed in one run`).toBeDefined();
      const ys = found!.words.map((w) => w.yMin);
      expect(Math.max(...ys) - Math.min(...ys), `"${line.trim()}" on one line`).toBeLessThan(1);
    }
    // Across the page: the long line runs past the middle of the page, over the gutter.
    const long = at.find(({ line }) => line.length > 80)!.at!;
    expect(long.words[0].xMin).toBeLessThan(long.page.width / 2);
    expect(long.words[long.words.length - 1].xMax).toBeGreaterThan(long.page.width / 2 + 20);
    // The pointer in the answer names the page the listing prints on ("p. 3"), counted from the quiz's first page.
    const pointer = key.flatMap((p) => p.words.map((w, i) => ({ p, w, next: p.words[i + 1] }))).find(({ w, next }) => w.text === '⤵' && next?.text === 'p.');
    expect(pointer, 'a pointer to the listing').toBeDefined();
    const number = Number(key.flatMap((p) => p.words).find((w, i, all) => all[i - 1] === pointer!.next)?.text);
    expect(number).toBe(all.indexOf(long.page) + 1);
  });
});

/**
 * Moved across the page, a listing's every line takes a row of the page where the columns gave it
 * half of one: a key of many long, wide listings (a Chinese CI/CD bank's went from 9 pages to 13)
 * keeps them in its columns, at 6 pt, its long lines wrapped under ↪, when moving them costs the
 * quiz more than a tenth more pages.
 */
describe('a key whose wide listings would cost many pages at its end', () => {
  const listing = (n: number) =>
    [
      `const worker${n} = createWorker({ name: 'worker-${n}', queue: 'jobs', retries: 5, backoffMs: 250 });`,
      ...Array.from({ length: 40 }, (_, i) => `worker${n}.on('step-${i}', () => log(${i}));`),
    ].join('\n');
  const deck = ['# Many Listings', '', '## Workers', '']
    .concat(Array.from({ length: 8 }, (_, n) => [`### How is worker ${n + 1} set up?`, '', '```js', listing(n + 1), '```', ''].join('\n')))
    .join('\n');

  it('keeps them in its columns, with no pointer', async () => {
    const out = await buildDeckText('many-listings', deck, ['quiz']);
    const pages = pdfWords(path.join(out, 'quiz.pdf'));
    const key = keyPages(pages);
    const words = key.flatMap((p) => p.words.map((w) => w.text));
    expect(words).not.toContain('⤵');
    // Each long first line in its column: its start and its end on rows of their own, left of the gutter or right of it.
    const first = key.flatMap((p) => p.words.map((w) => ({ p, w }))).filter(({ w }) => w.text === 'createWorker({');
    expect(first).toHaveLength(8);
    for (const { p, w } of first) {
      const end = p.words.find((x) => x.text === '250' && x.yMin > w.yMin + 1 && Math.abs(x.xMin - w.xMin) < p.width / 2);
      expect(end, 'the line wrapped in its column').toBeDefined();
    }
  }, 180_000);
});
