import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';

// Notes that open with a rule (`---`) and have another one further down: markdown took the text
// between for front matter and the deck failed as "not a list of key: value pairs".
const parse = (text: string) => parseDeck(text, { file: 'notes.md', slug: 'notes' });

describe('a file that opens with a rule', () => {
  it('reads the text between its first two rules as the deck, not as front matter', () => {
    const deck = parse('---\n\n# Notes\n\nRead before an interview.\n\n---\n\n## Basics\n\n### What is DNS?\n\n> Names to addresses.\n');
    expect(deck.title).toBe('Notes');
    expect(deck.introHtml.replace(/\u00ad/g, '')).toBe('<p>Read before an interview.</p>');
    expect(deck.sections[0].questions.map((q) => q.text)).toEqual(['What is DNS?']);
  });

  it('takes a leading section of prose for the intro under a rule too, but never over a description', () => {
    const notes = '---\n\n# Notes\n\n---\n\n## Overview\n\nRead me first.\n\n## Basics\n\n### What is DNS?\n\n> Names to addresses.\n';
    expect(parse(notes).introTitle).toBe('Overview');
    const described = parse('---\ndescription: Our notes.\n---\n\n# Notes\n\n## Overview\n\nRead me first.\n\n## Basics\n\n### What is DNS?\n\n> Names.\n');
    expect(described.introTitle).toBeUndefined();
    expect(described.introHtml).toContain('Our notes.');
    expect(described.sections.map((s) => s.title)).toEqual(['Overview', 'Basics']);
  });

  it('reads a rule with no second one as a rule when a blank line or a heading follows it', () => {
    const deck = parse('---\n\n# Notes\n\n## Basics\n\n### What is DNS?\n\n> Names to addresses.\n');
    expect(deck.title).toBe('Notes');
    // Read as front matter left open, the file lost its quotes: the card answer became a paragraph.
    expect(deck.sections[0].questions[0].cardGenerated).toBe(false);
    expect(deck.sections[0].questions[0].cardText).toBe('Names to addresses.');
    expect(() => parse('---\ntitle: Open\n\n# Notes\n\n### What is DNS?\n\n> Names.\n')).toThrow(/front matter is not closed/);
  });

  it('keeps front matter that is a mapping, even with a comment line, and still refuses one that is not', () => {
    const kept = parse('---\n# our deck\ntitle: Kept\n---\n\n## Basics\n\n### What is DNS?\n\n> Names to addresses.\n');
    expect(kept.title).toBe('Kept');
    expect(() => parse('---\njust some words\n---\n\n# Deck\n\n### What is DNS?\n\n> Names.\n')).toThrow(/front matter is not a list of key: value pairs/);
  });
});
