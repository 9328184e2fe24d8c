import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';

// YAML reads `1.10`, `0x1F` or `007` as numbers: a version in a title or tag came out as "1.1",
// "31" or "7", and a long number as "1.2345678901234568e+28", without a word. Text keys keep
// what was written.
const deckWith = (frontMatter: string) => parseDeck(`---\n${frontMatter}\n---\n\n## S\n\n### Q?\n\n> a\n`, { file: 'd.md', slug: 'd' });

describe('numbers in front matter text', () => {
  it('title, subtitle, author, source, date and tags keep the digits written (they were read as numbers)', () => {
    const deck = deckWith('title: 1.10\nsubtitle: 0x1F\nauthor: 12345678901234567890123456789\nsource: 1e3\ndate: 2024.10\ntags: [1.10, 007, +5]');
    expect([deck.title, deck.subtitle, deck.author, deck.source, deck.date]).toEqual(['1.10', '0x1F', '12345678901234567890123456789', '1e3', '2024.10']);
    expect(deck.tags).toEqual(['1.10', '007', '+5']);
  });

  it('a category or difficulty written as a number, and options that are numbers, read as before', () => {
    const deck = deckWith('title: T\ncategory: 2.50\ndifficulty: 3\nseed: 7');
    expect(deck.tags).toContain('2.50');
    expect(deck.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
