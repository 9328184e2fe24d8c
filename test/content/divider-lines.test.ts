import { describe, expect, it } from 'vitest';
import { dividerHeadings } from '../../src/content/divider-lines.js';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';

describe('level dividers typed as text', () => {
  it('are headings, line for line; in fenced code, rules and a title further down they stay', () => {
    const text = '\t\t**Go Questions:**\n\n\t\t------ Beginner Level: ------\n1. What is a goroutine?\n\t==== Advanced ====\n---\n```\n---- Beginner ----\n```\n\t**Not a title**\n';
    const out = dividerHeadings(text);
    expect(out.split('\n')).toEqual(['# Go Questions', '', '## Beginner Level', '1. What is a goroutine?', '## Advanced', '---', '```', '---- Beginner ----', '```', '\t**Not a title**', '']);
  });

  it('set the level of the questions under them, not the answer of the question above', () => {
    const bank = '1. What is a goroutine?\n2. What is a channel?\n\t------ Advanced Level: ------\n3. How does the scheduler steal work?\n';
    const questions = allQuestions(parseDeck(bank, { file: 'go.md', slug: 'go' }));
    expect(questions.map((q) => [q.text, q.level, q.line])).toEqual([
      ['What is a goroutine?', 'medium', 1],
      ['What is a channel?', 'medium', 2],
      ['How does the scheduler steal work?', 'hard', 4],
    ]);
    expect(questions.map((q) => q.answerHtml).join('')).not.toMatch(/Advanced/);
  });

  it('a title typed bold with spaces inside its asterisks, opening the file, is its title; further down it stays', () => {
    const bank = '** Go Interview Questions **:\n\t\t------ Beginner Level: ------\n\n1. What is a goroutine?\n2. What is a channel?\n\n** Not a title **\n';
    const deck = parseDeck(bank, { file: 'go.md', slug: 'go' });
    expect(deck.title).toBe('Go Interview Questions');
    expect(allQuestions(deck).map((q) => [q.text, q.level])).toEqual([
      ['What is a goroutine?', 'easy'],
      ['What is a channel?', 'easy'],
    ]);
    expect(dividerHeadings('Intro.\n\n** Not a title **\n')).toBe('Intro.\n\n** Not a title **\n');
  });

  it('leave the armour lines of a key or certificate in indented code alone', () => {
    const text = 'Paste it as is:\n\n    -----BEGIN CERTIFICATE-----\n    MIIB…\n    -----END CERTIFICATE-----\n';
    expect(dividerHeadings(text)).toBe(text);
  });

  it('a heading typed centred with a tab over the next heading is a heading; a comment in indented code stays code', () => {
    const text = '## Q1: What is a pod?\n\n\t# list them\n\tkubectl get pods\n\n\t## Scenarios ##\n\n## Q2: Why would a pod restart?\n\n\t# a comment alone\n\nText.\n';
    expect(dividerHeadings(text).split('\n')).toEqual([
      '## Q1: What is a pod?',
      '',
      '\t# list them',
      '\tkubectl get pods',
      '',
      '## Scenarios',
      '',
      '## Q2: Why would a pod restart?',
      '',
      '\t# a comment alone',
      '',
      'Text.',
      '',
    ]);
  });
});

