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

  it('takes a leading section of prose for the intro under a rule too, after a description, never in its place', () => {
    const notes = '---\n\n# Notes\n\n---\n\n## Overview\n\nRead me first.\n\n## Basics\n\n### What is DNS?\n\n> Names to addresses.\n';
    expect(parse(notes).introTitle).toBe('Overview');
    const described = parse('---\ndescription: Our notes.\n---\n\n# Notes\n\n## Overview\n\nRead me first.\n\n## Basics\n\n### What is DNS?\n\n> Names.\n');
    expect(described.introTitle).toBeUndefined();
    expect(described.introHtml).toContain('Our notes.');
    // Printed as a section, the overview stood empty in the contents, with a warning.
    expect(described.introHtml).toContain('<strong>Overview</strong>');
    expect(described.introHtml).toContain('Read me first.');
    expect(described.sections.map((s) => s.title)).toEqual(['Basics']);
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

describe('a leading section of prose under an intro of the page', () => {
  it('goes on the end of the intro, under its title, in any language', () => {
    const deck = parse('# 면접 질문\n\n> 태그: 면접\n\n## 개요\n\n자주 받는 질문을 모았습니다.\n\n## 질문\n\n### DNS는 무엇인가요?\n\n> 이름을 주소로 바꿉니다.\n');
    expect(deck.sections.map((s) => s.title)).toEqual(['질문']);
    expect(deck.introHtml).toContain('<strong>개요</strong>');
    expect(deck.diagnostics.filter((d) => d.code === 'empty-section')).toEqual([]);
  });

  it('stays a section, said, when it holds code or a list that asks', () => {
    const listed = parse('# Notes\n\nRead first.\n\n## Basics\n\n- What is DNS?\n- What is TCP?\n\n## More\n\n### What is UDP?\n\n> Datagrams.\n');
    expect(listed.sections.map((s) => s.title)).toEqual(['Basics', 'More']);
    const coded = parse('# Notes\n\nRead first.\n\n## Setup\n\nRun this:\n\n```sh\nnpm ci\n```\n\n## More\n\n### What is UDP?\n\n> Datagrams.\n');
    expect(coded.sections.map((s) => s.title)).toEqual(['Setup', 'More']);
  });
});
