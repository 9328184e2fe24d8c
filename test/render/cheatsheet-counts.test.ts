import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { assetDirs } from '../../src/render/assets.js';
import { createCheatsheetRenderer } from '../../src/render/render-cheatsheet.js';

// The sheet's count line is written in the deck's language with that language's own count
// pattern: "5 Вопросы" (a heading word glued to a number) does not agree in Russian.
const render = createCheatsheetRenderer(assetDirs());
const counts = (lang: string, questions: string[]) => {
  const body = questions.map((q, i) => `### ${q}\nLevel: ${i % 2 ? 'hard' : 'easy'}\n> ${q}.\n`).join('');
  const deck = parseDeck(`---\nlang: ${lang}\n---\n# Deck\n## Part\n${body}`, { file: 'deck.md', slug: 'deck' });
  // Read from the HTML itself: a text extractor would fold the narrow no-break space into a space.
  return [...render(deck, { paper: 'a4' }).matchAll(/<p class="sheet-counts">([^<]*)<\/p>/g)].map((m) => m[1]);
};

describe('the cheat sheet count line', () => {
  it('reads as a phrase in English', () => {
    expect(counts('en', ['One?', 'Two?', 'Three?'])).toEqual(['3 questions · 2 easy · 0 medium · 1 hard']);
  });

  it('uses the language’s count pattern in Russian, with no number before an adjective that would have to agree', () => {
    expect(counts('ru', ['Один?', 'Два?', 'Три?'])).toEqual(['Вопросов: 3 · лёгкий: 2 · средний: 0 · сложный: 1']);
  });

  it('keeps French spacing before the colon', () => {
    expect(counts('fr', ['Un ?', 'Deux ?'])).toEqual(['2 questions · facile\u202F: 1 · moyen\u202F: 0 · difficile\u202F: 1']);
  });

  it('says "1 question" where the language’s noun agrees with one, and keeps invariant patterns', () => {
    expect(counts('en', ['Only?'])[0]).toMatch(/^1 question · /);
    expect(counts('de', ['Nur?'])[0]).toMatch(/^1 Frage · /);
    expect(counts('it', ['Sola?'])[0]).toMatch(/^1 domanda · /);
    expect(counts('ru', ['Один?'])[0]).toMatch(/^Вопросов: 1 · /);
    expect(counts('en', ['One?', 'Two?'])[0]).toMatch(/^2 questions · /);
  });
});
