import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { buildDeckText, pdfText } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

const FIXTURE = path.join(import.meta.dirname, '..', 'fixtures', 'russian-quotes', 'deck.md');

let text = '';
beforeAll(async () => {
  const out = await buildDeckText('kavychki', await readFile(FIXTURE, 'utf8'), ['guide']);
  text = pdfText(path.join(out, 'guide.pdf'));
}, 120_000);

describe("a Russian guide's quotation marks", () => {
  it('nests „…“ inside «…», in the answer and its card alike', () => {
    expect(text).toContain('«ничего „не меняет“ в состоянии»');
    expect(text).toContain('«ничего „не меняет“ во второй раз»');
    expect(text).toContain('«оглавление „по ключу“»');
    // No English inner quote is left in a Russian sentence.
    expect(text.split(' ').filter((word) => /‘|’\p{Script=Cyrillic}/u.test(word))).toEqual([]);
  });

  it('keeps the apostrophe ’ of an English line', () => {
    expect(text).toContain('It’s the same in English');
  });
});
