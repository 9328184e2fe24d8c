import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';

// `##` alone, or over zero-width characters, printed its questions under a blank title and said nothing.
describe('a section heading that prints nothing', () => {
  it('is warned of at its line; its questions are kept', () => {
    const deck = parseDeck('# Deck\n\n## \u200b\u2060\n\n### What is A?\n\n> A.\n\n##\n\n### What is B?\n\n> B.\n\n## Named\n\n### What is C?\n\n> C.\n', {
      file: 'bank.md',
      slug: 'bank',
    });
    expect(deck.diagnostics.filter((d) => d.code === 'empty-heading').map((d) => [d.line, d.message])).toEqual([
      [3, 'section heading is empty: its questions print under no title — write the title after "## "'],
      [9, 'section heading is empty: its questions print under no title — write the title after "## "'],
    ]);
    expect(deck.sections.flatMap((s) => s.questions.map((q) => q.text))).toEqual(['What is A?', 'What is B?', 'What is C?']);
  });
});
