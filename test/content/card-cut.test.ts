import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { cutCardWarnings, isCutCard } from '../../src/content/card-cut.js';
import { cardForSize } from '../../src/model/card-room.js';

const long = (topic: string) =>
  `A ${topic} pass reads several sorted runs written at different times, merges their keys in order while keeping only the newest value of each key and dropping the markers no older run can contradict, and writes the merged result out as fewer and larger runs so that later reads open fewer files and the space held by stale versions is given back.`;

const twoLong = `# Deck\n\n## Part\n\n### What does compaction do?\n\n${long('compaction')}\n\n### What does a merge do?\n\n${long('merge')}\n\n### What is a run?\n\nA sorted file of keys.\n`;

describe('a card cut with "…" to fit is said once per deck, for the card size printed', () => {
  it('names every cut question as file:line in one warning, at the first', () => {
    const deck = parseDeck(twoLong, { file: 'deck.md', slug: 'deck' });
    const cut = cutCardWarnings(deck, 'business');
    expect(cut).toHaveLength(1);
    expect(cut[0].line).toBe(5);
    expect(cut[0].message).toContain('2 card answers');
    expect(cut[0].message).toContain('business cards');
    expect(cut[0].message).toContain('deck.md:5, deck.md:9');
    expect(deck.sections[0].questions[0].cardText.endsWith('…')).toBe(true);
  });

  it('says a single cut at its own line, without repeating the place', () => {
    const deck = parseDeck(`# Deck\n\n## Part\n\n### What does compaction do?\n\n${long('compaction')}\n`, { file: 'deck.md', slug: 'deck' });
    const [cut] = cutCardWarnings(deck, 'business');
    expect(cut.line).toBe(5);
    expect(cut.message).toMatch(/^a card answer made from its full answer is cut with "…" to fit business cards —/);
  });

  it('keeps more of a long answer on a 4×6 card than on a business card, and does not call it cut there', () => {
    // A 330-character first sentence: cut at a business card's room, whole on a 4×6 card's.
    const deck = parseDeck(twoLong, { file: 'deck.md', slug: 'deck' });
    const q = deck.sections[0].questions[0];
    const small = cardForSize(q, 'business');
    const big = cardForSize(q, 'index-4x6');
    expect(small.cardText.length).toBeLessThan(290);
    expect(big.cardText).toBe(long('compaction'));
    expect(big.cardHtml).toContain('given back.');
    expect(big.cardCut).toBeFalsy();
    expect(cutCardWarnings(deck, 'index-4x6')).toEqual([]);
    // What the guide, quiz and cheat sheet print stays the smallest card's.
    expect(q.cardText).toBe(small.cardText);
  });

  it('does not count an ellipsis the answer writes itself', () => {
    expect(isCutCard('It waits, and waits…', 'It waits, and waits…')).toBe(false);
    expect(isCutCard('It waits, and waits for a long…', 'It waits, and waits for a long time before it gives up.')).toBe(true);
  });
});
