import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildDeckText, pdfText } from '../../helpers.js';
import { parseInPlace } from '../../parse-in-place.js';

parseInPlace();

const DEPTH = 60;
// A list nested far deeper than prose needs (the parser allows 100 levels): in the full answer,
// which the guide prints, and in the card answer, which the cheat sheet prints. (Sixty lines fit
// no card: the cards say so with an overflow warning.)
const nested = (indent: string) => Array.from({ length: DEPTH }, (_, i) => `${indent}${'  '.repeat(i)}- step${i}end`).join('\n');
// And a quote nested as deep, in the guide.
const quotes = Array.from({ length: DEPTH }, (_, i) => `${'> '.repeat(i + 1)}quote${i}end`).join('\n');
const DECK = [
  ...['# Depths', '', '## Lists', '', '### How deep can a list go?', '', '> Card:', '>', nested('> '), '', 'Answer:', '', nested(''), ''],
  ...['### How deep can a quote go?', '', '> In short.', '', 'Answer:', '', quotes, ''],
].join('\n');

describe('a list or a quote nested 60 levels deep', () => {
  let out = '';
  beforeAll(async () => {
    out = await buildDeckText('depths', DECK, ['guide', 'cheatsheet']);
  });

  // Each level stepped in by a bullet's width, the deepest ran off the text block: levels past
  // 16 printed as nothing, or one letter a line, with no warning.
  it.each(['guide.pdf', 'cheatsheet.pdf'])('prints every level whole in %s', (file) => {
    const text = pdfText(path.join(out, file));
    const missing = Array.from({ length: DEPTH }, (_, i) => `step${i}end`).filter((word) => !text.includes(word));
    expect(missing).toEqual([]);
  });

  // Each level's rule and indent stood beside the last: levels past 46 ran off the page.
  it('prints every level of the quote whole in guide.pdf', () => {
    const text = pdfText(path.join(out, 'guide.pdf'));
    const missing = Array.from({ length: DEPTH }, (_, i) => `quote${i}end`).filter((word) => !text.includes(word));
    expect(missing).toEqual([]);
  });
});
