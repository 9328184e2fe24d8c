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
