import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildDeckText } from '../helpers.js';
import { pdfWords } from '../pdf-words.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

// Headings whose numbered compound ("7-day") falls where the heading wraps, on the page and in the contents.
const DECK = [
  '# Windows',
  '',
  '## pandas',
  '',
  '### How do you compute a rolling 7-day mean per customer in pandas?',
  '',
  '> With a time-based window.',
  '',
  '### Why would a 3-tier design keep its 24-hour caches apart from the 12-factor workers it feeds?',
  '',
  '> To scale each on its own.',
  '',
].join('\n');

describe('a number joined to a word by a hyphen (7-day, 3-tier)', () => {
  let words: string[] = [];
  beforeAll(async () => {
    const out = await buildDeckText('windows', DECK, ['guide', 'cards']);
    words = ['guide.pdf', 'cards.pdf'].flatMap((f) => pdfWords(path.join(out, f)).flatMap((p) => p.words.map((w) => w.text)));
  });

  it('never ends a line on the number and its hyphen: the compound moves whole', () => {
    // pdftotext gives a compound broken at a line's end as two words, "7-" and "day".
    expect(words.filter((w) => /^\d+-$/.test(w))).toEqual([]);
    expect(words).toContain('7-day');
  });
});
