import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { cardsCsv } from '../../src/outputs/csv-output.js';
import { flashcardNotes } from '../../src/outputs/flashcard-notes.js';

// A bank of `<details>` blocks writing markdown code spans in its HTML, as GitHub shows them.
const BANK = [
  '# JavaScript',
  '',
  '<details><summary>What does `Object.freeze` do?</summary>',
  '',
  'It makes an object `readonly` at its top level.',
  '',
  '</details>',
  '',
  '<details><summary>When is ``a`b`` a valid template?</summary>Always: `a` and `b` are plain text.</details>',
  '',
].join('\n');

describe('code spans in a bank written in HTML', () => {
  const deck = parseDeck(BANK, { file: 'js.md', slug: 'js' });

  it('are the same in both columns of cards.csv: code without its backticks', () => {
    // Before, the question kept them ("What does `Object.freeze` do?") while the answer did not.
    expect(cardsCsv(deck).split('\r\n').slice(1, 3)).toEqual([
      'What does Object.freeze do?,It makes an object readonly at its top level.,medium,',
      'When is a`b a valid template?,Always: a and b are plain text.,medium,',
    ]);
  });

  it('print as code in the question, as in the answer', () => {
    const [front, back] = flashcardNotes(deck)[0].fields;
    expect(front).toContain('<code');
    expect(front).not.toContain('`');
    expect(back).toContain('<code');
  });
});
