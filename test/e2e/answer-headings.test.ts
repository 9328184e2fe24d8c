import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildDeckText } from '../helpers.js';
import { pdfWords, type PdfWord } from '../pdf-words.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that):
// a thread's start loads the markdown stack again, about 1.5 s of CPU a build.
parseInPlace();

// A design answer in parts, each under its own heading: the first right under the "In short" box.
const DECK = [
  '# Design',
  '',
  '## Systems',
  '',
  '### Design a rate limiter',
  '',
  '> A token bucket per client in a shared store, checked at the gateway.',
  '',
  '#### Requirements',
  '',
  '- Limit each client to a set number of requests a minute',
  '- Answer within a millisecond',
  '',
  '#### Design',
  '',
  'The gateway asks the store for the client bucket and takes a token from it.',
  '',
].join('\n');

describe('a heading inside an answer', () => {
  let words: PdfWord[] = [];
  beforeAll(async () => {
    const pages = pdfWords(path.join(await buildDeckText('headings', DECK, ['guide']), 'guide.pdf'));
    words = pages.find((p) => p.words.some((w) => w.text === 'Requirements'))!.words;
  });
  const word = (text: string) => words.find((w) => w.text === text)!;

  it('sits nearer the text it heads than the text above it, also right under the "In short" box', () => {
    // Above: from the last line of what comes before; below: to the first line of what it heads.
    const cases: [string, string, string][] = [
      ['gateway.', 'Requirements', 'Limit'],
      ['millisecond', 'Design', 'gateway'],
    ];
    for (const [before, heading, after] of cases) {
      const h = words.find((w) => w.text === heading && w.yMin > word(before).yMin)!;
      const next = words.find((w) => w.text === after && w.yMin > h.yMin)!;
      const above = h.yMin - word(before).yMax;
      const below = next.yMin - h.yMax;
      // The "Requirements" heading had 2 pt above it and 14 pt below.
      expect(above, heading).toBeGreaterThan(below * 1.5);
    }
  });
});
