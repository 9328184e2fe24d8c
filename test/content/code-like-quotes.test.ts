import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';

/** The answer's HTML of a one-question deck answering `answer`. */
const answerOf = (answer: string): string => {
  const deck = parseDeck(`# Quotes\n\n## Basics\n\n### What does it print?\n\n${answer}\n`, { file: 'quotes.md', slug: 'quotes' });
  return deck.sections[0].questions[0].answerHtml;
};

describe('quotes typed in code-like words outside code spans stay straight; prose gets typographic ones', () => {
  it('an array of strings typed in an answer', () => {
    const html = answerOf('It prints ["1","2"] and then [\'a\', \'b\'], as the "split" call promised.');
    expect(html).toContain('["1","2"]');
    expect(html).toContain("['a', 'b']");
    expect(html).toContain('“split”');
  });

  it('a call, an object and an attribute, next to quoted prose', () => {
    const html = answerOf('Write print("hi") or {"id": 7}, set lang="en", and don\'t call it "magic".');
    expect(html).toContain('print("hi")');
    expect(html).toContain('{"id": 7}');
    expect(html).toContain('lang="en"');
    expect(html).toContain('don’t');
    expect(html).toContain('“magic”');
  });

  it('prose in brackets or parentheses keeps its typographic quotes', () => {
    const html = answerOf('The book [see "Errors"] says so (“often”), and "state" (as in "app state") matters.');
    expect(html).toContain('[see “Errors”]');
    expect(html).toContain('“state” (as in “app state”)');
  });
});
