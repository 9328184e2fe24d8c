import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';

const read = (text: string) => parseDeck(text, { file: 'bank.md', slug: 'bank' });

describe('a question written right over the rule after it', () => {
  it('is a question in a bank that draws rules between its questions', () => {
    const deck = read('# Go\n\nWhat is a goroutine?\n\n---\n\nWhat is a channel?\n---\n\nWhat does select do?\n\n---\n\nWhen does a deferred call run?\n---\n');
    expect(allQuestions(deck).map((q) => [q.text, q.line])).toEqual([
      ['What is a goroutine?', 3],
      ['What is a channel?', 7],
      ['What does select do?', 10],
      ['When does a deferred call run?', 14],
    ]);
    expect(deck.sections.map((s) => s.title)).toEqual(['Questions']);
  });

  it('stays a heading where every question is underlined so, the rule being its underline', () => {
    const deck = read('# Go\n\nWhat is a goroutine?\n---\nA function run concurrently.\n\nWhat is a channel?\n---\nA typed pipe between goroutines.\n');
    expect(allQuestions(deck).map((q) => [q.text, q.cardText])).toEqual([
      ['What is a goroutine?', 'A function run concurrently.'],
      ['What is a channel?', 'A typed pipe between goroutines.'],
    ]);
  });
});
