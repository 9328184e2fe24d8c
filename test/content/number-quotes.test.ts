import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';

const deck = (card: string) => `# Ports\n\n## Web\n\n### Port of HTTPS?\n\n> ${card}\n`;

describe('a card answer that is only a number', () => {
  it('is the number as text, not an empty numbered list', () => {
    const d = parseDeck(deck('443.'), { file: 'ports.md', slug: 'ports' });
    const q = d.sections[0].questions[0];
    expect(q.cardText).toBe('443.');
    expect(q.cardHtml).toBe('<p>443.</p>');
  });

  it('keeps the number as written, and a real list in a quote stays a list', () => {
    expect((parseDeck(deck('1984)'), { file: 'ports.md', slug: 'ports' })).sections[0].questions[0].cardHtml).toBe('<p>1984)</p>');
    const listed = parseDeck(deck('1. first\n> 2. second'), { file: 'ports.md', slug: 'ports' });
    expect(listed.sections[0].questions[0].cardHtml).toMatch(/^<ol>/);
  });
});
