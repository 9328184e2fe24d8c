import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { buildDeckText } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';
import { pdfWords, type PdfWord } from '../pdf-words.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

const FIXTURE = path.join(import.meta.dirname, '..', 'fixtures', 'french-marks', 'deck.md');

let words: PdfWord[] = [];
beforeAll(async () => {
  const out = await buildDeckText('reseau', await readFile(FIXTURE, 'utf8'), ['guide']);
  words = pdfWords(path.join(out, 'guide.pdf')).flatMap((p) => p.words);
}, 120_000);

/** The words that end with the mark, or are only it: a mark set apart prints as a word of its own. */
const marks = (mark: string) => words.filter((w) => w.text.endsWith(mark));

describe('a French guide', () => {
  it('sets ? ! ; and : apart from the word before them, typed with a space or not', () => {
    // "adresse IP?" and "routeur ?" in one bank: both print "… ?", the mark a word of its own.
    for (const mark of ['?', '!', ';', ':']) {
      const found = marks(mark);
      expect(found.length, mark).toBeGreaterThan(0);
      expect(
        found.filter((w) => w.text !== mark && !/^\d+:\d+$|^http|^EN:$|^project\?$/.test(w.text)).map((w) => w.text),
        mark,
      ).toEqual([]);
    }
    // Both questions in the contents and as headings, the one typed with a space and the one without.
    expect(words.filter((w) => w.text === '?').length).toBeGreaterThanOrEqual(6);
  });

  it('leaves the English line of a bilingual answer as typed', () => {
    // "EN: Could you describe your last project?" keeps its English marks; its French twin is spaced.
    const english = words.findIndex((w) => w.text === 'Could');
    expect(words.slice(english - 1, english + 6).map((w) => w.text)).toEqual(['EN:', 'Could', 'you', 'describe', 'your', 'last', 'project?']);
    const french = words.findIndex((w) => w.text === 'Pouvez-vous');
    expect(words[french - 1].text).toBe(':');
  });

  it('leaves a time and an address as written', () => {
    expect(words.map((w) => w.text)).toContain('10:30');
    expect(words.some((w) => w.text.startsWith('http://192.168.1.1'))).toBe(true);
  });
});
