import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { isCutCard } from '../../src/content/card-cut.js';

const long = (topic: string) =>
  `A ${topic} pass reads several sorted runs written at different times, merges their keys in order while keeping only the newest value of each key and dropping the markers no older run can contradict, and writes the merged result out as fewer and larger runs so that later reads open fewer files and the space held by stale versions is given back.`;

describe('a card cut with "…" to fit is said once per deck', () => {
  it('names every cut question as file:line in one warning, at the first', () => {
    const source = `# Deck\n\n## Part\n\n### What does compaction do?\n\n${long('compaction')}\n\n### What does a merge do?\n\n${long('merge')}\n\n### What is a run?\n\nA sorted file of keys.\n`;
    const deck = parseDeck(source, { file: 'deck.md', slug: 'deck' });
    const cut = deck.diagnostics.filter((d) => d.code === 'card-cut');
    expect(cut).toHaveLength(1);
    expect(cut[0].line).toBe(5);
    expect(cut[0].message).toContain('2 card answers');
    expect(cut[0].message).toContain('deck.md:5, deck.md:9');
    expect(deck.sections[0].questions[0].cardText.endsWith('…')).toBe(true);
  });

  it('says a single cut at its own line, without repeating the place', () => {
    const deck = parseDeck(`# Deck\n\n## Part\n\n### What does compaction do?\n\n${long('compaction')}\n`, { file: 'deck.md', slug: 'deck' });
    const [cut] = deck.diagnostics.filter((d) => d.code === 'card-cut');
    expect(cut.line).toBe(5);
    expect(cut.message).toMatch(/^a card answer made from its full answer is cut with "…" to fit a card —/);
  });

  it('does not count an ellipsis the answer writes itself', () => {
    expect(isCutCard('It waits, and waits…', 'It waits, and waits…')).toBe(false);
    expect(isCutCard('It waits, and waits for a long…', 'It waits, and waits for a long time before it gives up.')).toBe(true);
  });
});
