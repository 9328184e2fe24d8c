import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';
import { questionNumber } from '../../src/content/layouts/question-number.js';

describe('question numbers', () => {
  it('reads a number within a chapter after a label (Q1.2:), a label word before it (Exercise 4:), and the plain forms', () => {
    expect(questionNumber('Q1.2: Ordering')).toBe(2);
    expect(questionNumber('Exercise 4: What is a program?')).toBe(4);
    expect(questionNumber('Q12: x')).toBe(12);
    expect(questionNumber('Q1.What is DNS?')).toBe(1);
    expect(questionNumber('Quarterly plans')).toBeUndefined();
  });

  it('takes a "Q1.2:" number off a question heading whole, not leaving "2: …" behind', () => {
    const deck = parseDeck('# Quiz\n\n## Queues\n\n### Q1.1: Partitions\n\nA group has more consumers than partitions.\n\n### Q1.2: Ordering\n\nOrder holds per key.\n', {
      file: 'q.md',
      slug: 'q',
    });
    expect(allQuestions(deck).map((q) => q.text)).toEqual(['Partitions', 'Ordering']);
  });
});
