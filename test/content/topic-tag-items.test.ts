import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';

const read = (text: string) => allQuestions(parseDeck(text, { file: 'bank.md', slug: 'bank' })).map((q) => [q.text, q.tags, q.open ?? false, q.cardText]);

// A list of questions whose items name their topic on the line under them (list-topic-lines fixture).
describe('a topic on the line under each listed question', () => {
  it('is the question’s tag, not its answer', () => {
    expect(read('# Web\n\n1. What is a closure?\nJavaScript\n2. What is specificity?\nCSS\n3. What is hoisting?\nJavaScript\n')).toEqual([
      ['What is a closure?', ['javascript'], true, ''],
      ['What is specificity?', ['css'], true, ''],
      ['What is hoisting?', ['javascript'], true, ''],
    ]);
  });

  it('stays the answer when it answers (True, No) or no topic is named twice', () => {
    expect(read('# Quiz\n\n1. Is HTTP stateless?\nTrue\n2. Is UDP ordered?\nFalse\n3. Is TCP ordered?\nTrue\n').map((q) => q[3])).toEqual(['True', 'False', 'True']);
    expect(read('# Capitals\n\n1. What is the capital of France?\nParis\n2. What is the capital of Italy?\nRome\n3. What is the capital of Spain?\nMadrid\n').map((q) => q[3])).toEqual(['Paris', 'Rome', 'Madrid']);
  });
});
