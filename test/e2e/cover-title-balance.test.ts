import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildDeckText } from '../helpers.js';
import { pdfWords, type PdfWord } from '../pdf-words.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * A title too long for one line of the cover, or of the quiz's head, filled its first lines and
 * left its last word alone under them: "Web Performance and" over "Observability — Interview" over
 * "Questions" on the cover, "… — Interview" over "Questions" on the quiz. A book sets a title in
 * lines of even length, as the cheat sheet's head already is.
 */
const TITLE = ['Web', 'Performance', 'and', 'Observability', '—', 'Interview', 'Questions'];
const DECK = [
  `# ${TITLE.join(' ')}`,
  '',
  'Questions on making services fast and seeing what they do.',
  '',
  '## Basics',
  '',
  'Level: easy',
  '',
  '### What does a CDN do for a website?',
  '',
  '> It keeps copies of responses near users, so most requests never reach the origin.',
  '',
  '### What is time to first byte?',
  '',
  '> The time from sending a request to its first byte back: lookups, handshakes and the server’s work.',
  '',
].join('\n');

/** The title's words on a page: the words of the title in the largest type there. */
function titleWords(file: string): PdfWord[] {
  const [page] = pdfWords(file);
  const words = page.words.filter((w) => TITLE.includes(w.text));
  const size = Math.max(...words.map((w) => w.yMax - w.yMin));
  return words.filter((w) => w.yMax - w.yMin > size * 0.9);
}

/** The title's lines, top to bottom, as their words. */
function lines(words: PdfWord[]): string[][] {
  const tops = [...new Set(words.map((w) => Math.round(w.yMin)))].sort((a, b) => a - b);
  return tops.map((top) => words.filter((w) => Math.round(w.yMin) === top).map((w) => w.text));
}

describe('a long title', () => {
  let out = '';
  beforeAll(async () => {
    out = await buildDeckText('title-balance', DECK, ['guide', 'quiz']);
  }, 120_000);

  it('sets more than its last word on the cover’s last line', () => {
    const set = lines(titleWords(path.join(out, 'guide.pdf')));
    expect(set.flat()).toEqual(TITLE);
    expect(set.length).toBeGreaterThan(1);
    expect(set.at(-1)!.length, set.map((l) => l.join(' ')).join(' / ')).toBeGreaterThan(1);
  });

  it('sets more than its last word on the quiz’s last title line', () => {
    const set = lines(titleWords(path.join(out, 'quiz.pdf')));
    expect(set.flat()).toEqual(TITLE);
    expect(set.length).toBeGreaterThan(1);
    expect(set.at(-1)!.length, set.map((l) => l.join(' ')).join(' / ')).toBeGreaterThan(1);
  });
});
