import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';

// A list of questions each over an answer label on the item's next line (`1. What is X?  ⏎
// **Answer:** …`), many of them left empty to fill in later. A prompt that does not end in a
// question mark (`Convert user input to an int.`) took its label, and its answer, into the question.
const BANK = [
  '## Basics',
  '',
  '1. What is Python?  ',
  '   **Answer:** ',
  '2. Convert user input from string to int.  ',
  '   **Answer:** ',
  '3. Why use a virtual environment?  ',
  '   **Answer:** It keeps a project’s packages apart.',
  '4. List three built-in functions.  ',
  '   **Answer:** len, print, range.',
  '',
].join('\n');

describe('an answer label on the line under a list item', () => {
  it('ends the question whether or not it asks, empty or filled in', () => {
    const qs = allQuestions(parseDeck(BANK, { file: 'py.md', slug: 'py' }));
    expect(qs.map((q) => [q.text, q.open ? null : q.cardText])).toEqual([
      ['What is Python?', null],
      ['Convert user input from string to int.', null],
      ['Why use a virtual environment?', 'It keeps a project’s packages apart.'],
      ['List three built-in functions.', 'len, print, range.'],
    ]);
  });
});
