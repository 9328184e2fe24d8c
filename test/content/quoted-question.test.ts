import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { findDuplicates } from '../../src/check/duplicates.js';

// A question may run to 500 characters; a message quoting it whole wrapped over six terminal lines.
describe('a long question quoted in a message', () => {
  const long = `Why ${'does the cache keep this entry '.repeat(12)}?`;
  const deck = parseDeck(`# D\n\n## S\n\n### ${long}\n\nBecause it is read often.\n\n### ${long}\n\nBecause.\n`, { file: 'd.md', slug: 'd' });

  it('is cut near 80 characters at a word, with an ellipsis', () => {
    const said = deck.diagnostics.find((d) => d.code === 'no-card-answer')!.message;
    // Neither question has a card answer: one warning for both, quoting the first (content/card-answer-warnings.ts).
    expect(said).toBe(
      '2 questions have no card answer (the first: "Why does the cache keep this entry does the cache keep this entry does the…"); their first sentences are used — a "> card answer" line under a question chooses its card',
    );
    const dup = findDuplicates('d.md', deck.sections.flatMap((s) => s.questions))[0].message;
    expect(dup.length).toBeLessThan(160);
  });
});
