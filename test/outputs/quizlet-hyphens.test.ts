import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { quizletText } from '../../src/outputs/quizlet-output.js';

// A Portuguese hyphen between words is set as a soft hyphen and a non-breaking one, so a line
// broken there repeats it (content/hyphenate.ts); Quizlet's plain text takes the hyphen as typed.
const deck = parseDeck('---\nlang: pt\n---\n# T\n\n## S\n\n### Quando devemos descompactá-los?\n\n> Só para lê-los por inteiro, nunca para contá-los.\n', {
  file: 'x.md',
  slug: 'x',
});

describe('quizlet.txt of a Portuguese deck', () => {
  it('carries the hyphens between words as typed', () => {
    expect(quizletText(deck).split('\n')[0]).toBe('Quando devemos descompactá-los?\tSó para lê-los por inteiro, nunca para contá-los.');
  });
});
