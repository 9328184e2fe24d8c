import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';

const deck = (body: string) =>
  parseDeck(`# Links\n\n## Basics\n\n### What is an index?\n\n> A lookup structure.\n\n${body}\n`, { file: 'links.md', slug: 'links' }).sections[0].questions[0];

describe('a link that leads nowhere', () => {
  it('prints as its text: an empty address, or one the sanitizer refused', () => {
    const q = deck('See [the manual]() and [this](javascript:alert(1)) for *more*.');
    expect(q.answerHtml).not.toContain('<a');
    expect(q.answerHtml).toContain('See the manual and this for <em>more</em>.');
  });

  it('keeps a link with an address, and its text inside it', () => {
    const q = deck('See [the manual](https://example.org/manual) and [Basics](#basics).');
    expect(q.answerHtml).toContain('<a href="https://example.org/manual">the manual</a>');
    expect(q.answerHtml).toContain('<a href="#basics">Basics</a>');
  });
});
