import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDeck } from '../../src/content/parse-deck.js';

// A section's own language is read from its prose only where the deck does not name its language:
// a named `lang` is the author's word, and statistics of a paragraph can be fooled (a Polish
// paragraph read as English lost its one-letter ties; e2e short-word-ties).
describe('a section in a language other than the deck', () => {
  const bank = readFileSync('test/fixtures/layouts/section-language-fr/input.md', 'utf8');
  const asked = (source: string) => parseDeck(source, { file: 'web.md', slug: 'web' }).sections.flatMap((s) => s.questions.map((q) => q.html));
  const NARROW = '\u202f';

  it('is set in its own language when the deck names none', () => {
    expect(asked(bank)).toContain(`Qu'est-ce qu'un proxy inverse${NARROW}?`.replace("'", '’').replace("'", '’'));
  });

  it('is set in the deck’s language when the front matter names it', () => {
    const html = asked(`---\nlang: en\n---\n${bank}`).find((h) => h.includes('proxy inverse'))!;
    expect(html).not.toContain(NARROW);
  });

  it('keeps a named Polish deck Polish where a paragraph reads as English', () => {
    const prose = 'Dane trafiają do bufora i w końcu z pamięci na dysk, a o kolejności decyduje u nas planista. '.repeat(12);
    const deck = parseDeck(`---\nlang: pl\n---\n# Bufory\n\n## 1\n\n### Jak działa bufor?\n\n> Krótko.\n\n${prose}\n`, { file: 'pl.md', slug: 'pl' });
    expect(deck.sections[0].questions[0].answerHtml).toContain('a\u00a0o\u00a0');
  });
});
