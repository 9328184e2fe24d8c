import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDeck } from '../../src/content/parse-deck.js';
import { assetDirs } from '../../src/render/assets.js';
import { createCheatsheetRenderer } from '../../src/render/render-cheatsheet.js';
import { createGuideRenderer } from '../../src/render/render-guide.js';
import { createQuizRenderer } from '../../src/render/render-quiz.js';

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

// Marked on the page too: a screen reader speaks the French section in French, and Chromium picks its fonts and breaks for it.
describe('a section in its own language, on the page', () => {
  const bank = readFileSync('test/fixtures/layouts/section-language-fr/input.md', 'utf8');
  const deck = parseDeck(bank, { file: 'web.md', slug: 'web' });
  const dirs = assetDirs();
  const opening = (html: string, tag: string, holding: string) => {
    const at = html.indexOf(holding);
    return html.slice(html.lastIndexOf(`<${tag}`, at), html.indexOf('>', html.lastIndexOf(`<${tag}`, at)) + 1);
  };

  it('carries the language it is read in, and the deck’s sections none', () => {
    expect(deck.sections.map((s) => s.lang)).toEqual([undefined, 'fr']);
  });

  it('is marked lang="fr" in the guide, the quiz and the cheat sheet, and the English section is not', () => {
    const guide = createGuideRenderer(dirs)(deck, { paper: 'a4' });
    expect(opening(guide, 'section', 'Questions en français</h2>')).toContain('lang="fr" dir="ltr"');
    expect(opening(guide, 'section', 'HTTP</h2>')).not.toContain('lang=');
    const quiz = createQuizRenderer(dirs)(deck, { paper: 'a4' });
    expect(opening(quiz, 'ol', 'proxy inverse')).toContain('lang="fr"');
    expect(opening(quiz, 'ol', 'status code')).not.toContain('lang=');
    const sheet = createCheatsheetRenderer(dirs)(deck, { paper: 'a4' });
    expect(opening(sheet, 'section', 'proxy inverse')).toContain('lang="fr"');
    expect(opening(sheet, 'section', 'status code')).not.toContain('lang=');
  });
});
