import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';
import { combineDecks } from '../../src/content/combine-decks.js';

const deck = (slug: string, title: string) =>
  parseDeck(`# ${title}\nIntro of ${title}.\n## Basics\n### What is DNS?\n> Names to addresses.\n### What is TCP?\n> A reliable stream.\n## Notes\nThe end of ${title}.\n`, { file: `${slug}.md`, slug });

describe('combineDecks', () => {
  const combined = combineDecks([deck('one', 'Deck One'), deck('two', 'Deck Two')]);

  it('makes each deck a part: its own section, then its sections and its closing notes', () => {
    expect(combined.sections.map((s) => s.title)).toEqual([
      'Deck One', 'Deck One · Basics', 'Deck One · Notes',
      'Deck Two', 'Deck Two · Basics', 'Deck Two · Notes',
    ]);
    expect(combined.sections[0].introHtml).toContain('Intro of Deck One.');
    expect(combined.sections[2].introHtml).toContain('The end of Deck One.');
  });

  it('tells each section its part and its own title, for the guide to show three levels', () => {
    expect(combined.sections.map((s) => [s.part?.number, s.part?.title, s.part?.sectionTitle, s.part?.id === s.id])).toEqual([
      [1, 'Deck One', 'Deck One', true], [1, 'Deck One', 'Basics', false], [1, 'Deck One', 'Notes', false],
      [2, 'Deck Two', 'Deck Two', true], [2, 'Deck Two', 'Basics', false], [2, 'Deck Two', 'Notes', false],
    ]);
  });

  it('numbers questions through the decks and keeps every id unique', () => {
    const questions = allQuestions(combined);
    expect(questions.map((q) => q.number)).toEqual([1, 2, 3, 4]);
    const ids = [...combined.sections.map((s) => s.id), ...questions.map((q) => q.id)];
    expect(new Set(ids).size).toBe(ids.length);
    expect(combined.slug).toBe('all');
    expect(combined.subtitle).toBe('2 decks, 4 questions');
  });

  it("opens each part with its deck's source credit, escaped", () => {
    const credited = parseDeck('---\nsource: "From <Page> & co"\n---\n# Credited\n## S\n### Q?\n> A.\n', { file: 'c.md', slug: 'c' });
    const parts = combineDecks([credited, deck('two', 'Deck Two')]).sections;
    expect(parts[0].introHtml).toContain('<p class="part-source">From &#60;Page&#62; &#38; co</p>');
    expect(parts[2].introHtml).not.toContain('part-source');
  });
});
