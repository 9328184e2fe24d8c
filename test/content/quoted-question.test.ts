import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { findDuplicates } from '../../src/check/duplicates.js';

// A question may run to 500 characters; a message quoting it whole wrapped over six terminal lines.
describe('a long question quoted in a message', () => {
  const long = `Why ${'does the cache keep this entry '.repeat(12)}?`;
  const deck = parseDeck(`# D\n\n## S\n\n### ${long}\n\nBecause it is read often.\n\n### ${long}\n\nBecause.\n`, { file: 'd.md', slug: 'd' });

  it('is cut near 80 characters at a word, with an ellipsis', () => {
    const said = deck.diagnostics.find((d) => d.code === 'no-card-answer')!.message;
    expect(said).toBe('question "Why does the cache keep this entry does the cache keep this entry does the…" has no card answer; its first sentence is used');
    const dup = findDuplicates('d.md', deck.sections.flatMap((s) => s.questions))[0].message;
    expect(dup.length).toBeLessThan(160);
  });
});
