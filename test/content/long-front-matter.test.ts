import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';

const failure = (text: string): string => {
  try {
    parseDeck(text, { file: 'long.md', slug: 'long' });
    return 'parsed';
  } catch (err) {
    return (err as { format(): string }).format();
  }
};

describe('front matter longer than is looked for', () => {
  it('is said to be too long, not to be unclosed', () => {
    // A description pasted whole into front matter: its closing --- is there, past the limit.
    const text = `---\ntitle: Long\ndescription: ${'word '.repeat(25_000)}\n---\n# Long\n\n## S\n\n### Q?\n\n> A.\n`;
    expect(failure(text)).toBe('long.md:1: front matter is 125,025 characters long, over the 100,000 limit — move the long text into the deck, under its "# Title"');
  });

  it('still says so when it is not closed at all', () => {
    expect(failure(`---\ntitle: Open\n# Open\n\n## S\n\n### Q?\n\n> A.\n`)).toMatch(/^long\.md:1: front matter is not closed/);
  });
});
