import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';

// Markdown reads a line that opens with a number and a full stop as a numbered list: a card
// answer "> 1984. The year it shipped." printed as a list starting at 1984 and lost its number
// from the card's text (the exports, the cheat sheet, the length check).
describe('a card answer that opens with a number', () => {
  const cards = allQuestions(
    parseDeck(
      [
        '# T',
        '',
        '## S',
        '',
        '### When did it ship?',
        '',
        '> 1984. The year it shipped.',
        '',
        '### How many replicas?',
        '',
        '> 3. One per zone.',
        '',
        '### What are the steps?',
        '',
        '> 1. Drain the node.',
        '> 2. Upgrade it.',
        '',
      ].join('\n'),
      { file: 'x.md', slug: 'x' },
    ),
  );

  it('keeps its number as the start of one line', () => {
    expect(cards.slice(0, 2).map((q) => q.cardText)).toEqual(['1984. The year it shipped.', '3. One per zone.']);
    expect(cards[0].cardHtml).toBe('<p>1984. The year it shipped.</p>');
  });

  it('leaves a list of several steps a list', () => {
    expect(cards[2].cardHtml).toMatch(/^<ol>/);
  });
});
