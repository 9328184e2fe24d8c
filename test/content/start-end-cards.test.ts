import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';

// Cards of a notes app's flashcard plugin (fixture parse/start-end-cards): one typed on one line
// (`STARTI [Basic] … Back: … ENDI`) needs a line for its answer; with none, it stays text and says so.
describe('one-line plugin cards', () => {
  it('read each as a question when a blank line follows it, and say so of one that has none', () => {
    const deck = parseDeck(
      ['# Shell', '', 'STARTI [Basic] What does `set -e` do? Back: It stops at the first failure. ENDI', '', 'STARTI [Basic] What does `set -u` do? Back: It fails on unset names. ENDI', 'STARTI [Basic] What does `set -x` do? Back: It prints each command. ENDI', ''].join('\n'),
      { file: 's.md', slug: 's' },
    );
    expect(allQuestions(deck).map((q) => [q.text, q.cardText])).toEqual([
      ['What does set -e do?', 'It stops at the first failure.'],
      ['What does set -x do?', 'It prints each command.'],
    ]);
    expect(deck.diagnostics.filter((d) => d.code === 'left-out').map((d) => `${d.line}: ${d.message}`)).toEqual([
      '5: the one-line card "What does `set -u` do?" is printed as text: its answer has no line of its own — leave a blank line under it',
    ]);
  });
});
