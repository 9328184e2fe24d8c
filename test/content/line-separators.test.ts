import { describe, expect, it } from 'vitest';
import { decodeDeckText } from '../../src/content/load-deck.js';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';

// Text pasted from a web page or a JSON string can carry U+2028 (line separator) where a line
// break was meant; editors show none, and markdown reads it as a letter.
describe('a line separator at the start of a line', () => {
  const text = decodeDeckText(Buffer.from('# D\n\n## S\n\n### One?\n\nA1.\n\u2028### Two?\n\nA2.\n\u2029\u2028### Three?\n\nA3.\n'), 'd.md');

  it('does not turn the heading after it into text of the answer above', () => {
    expect(allQuestions(parseDeck(text, { file: 'd.md', slug: 'd' })).map((q) => [q.text, q.line])).toEqual([
      ['One?', 5],
      ['Two?', 8],
      ['Three?', 11],
    ]);
  });
});

// A zero-width space or word joiner (pasted from a chat or a word processor), a no-break or
// ideographic space, or a direction mark before a heading's hashes: the editor shows a heading,
// markdown read a paragraph, and the question ran on into the answer above without a word.
describe('an invisible or no-break character before a heading', () => {
  const text = decodeDeckText(
    Buffer.from('# D\n\n## S\n\n### One?\n\nA1.\n\n\u200b### Two?\n\nA2.\n\n\u00a0### Three?\n\nA3.\n\n\u2060\u200f## T\n\n\u3000### Four?\n\nA4.\n\n\u00a0Not a heading.\n'),
    'd.md',
  );

  it('leaves the heading a heading, at its line', () => {
    const deck = parseDeck(text, { file: 'd.md', slug: 'd' });
    expect(allQuestions(deck).map((q) => [q.text, q.line])).toEqual([
      ['One?', 5],
      ['Two?', 9],
      ['Three?', 13],
      ['Four?', 19],
    ]);
    expect(deck.sections.map((s) => s.title)).toEqual(['S', 'T']);
  });

  it('keeps such a character before other text', () => {
    expect(text.endsWith('\u00a0Not a heading.\n')).toBe(true);
  });
});
