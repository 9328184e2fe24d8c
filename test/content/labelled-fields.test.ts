import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';

// A company's interview notes in `###` headings (read as ours), each question written as
// labelled fields in a list, led to by a table of contents of in-page links.
const NOTES = [
  '# Acme Interview Questions',
  '',
  '[![CI](https://img.shields.io/badge/ci-passing-green)](https://example.com/ci)',
  '',
  '## Table of Contents',
  '- [Overview](#overview)',
  '- [Technical Questions](#technical-questions)',
  '',
  '## Overview',
  'Three rounds: a phone screen, coding and design.',
  '',
  '## Technical Questions',
  '',
  '### Rate limiter',
  '- **Question**: How would you implement a rate limiter?',
  '- **Topics Covered**: System Design, Algorithms, Distributed Systems, Caching',
  '- **Solution**: A token bucket per client. Tokens refill at a fixed rate; a request takes one.',
  '',
  '### LRU cache',
  '',
  '**Question:** Design an LRU cache with O(1) get and put.',
  '',
  '**Solution:** A hash map over a doubly linked list. Move a used node to the front; evict from the back.',
  '',
].join('\n');

const plain = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\u00ad/g, '');

describe('questions written as labelled fields in a bank read as ours', () => {
  const deck = parseDeck(NOTES, { file: 'acme.md', slug: 'acme' });
  const [rate, lru] = deck.sections.flatMap((s) => s.questions);

  it('asks what the Question field says and answers with the Solution field', () => {
    expect(rate.text).toBe('Rate limiter: How would you implement a rate limiter?');
    expect(plain(rate.cardHtml)).toBe('A token bucket per client.');
    expect(rate.cardGenerated).toBe(true);
    expect(lru.text).toBe('LRU cache: Design an LRU cache with O(1) get and put.');
    expect(plain(lru.cardHtml)).toBe('A hash map over a doubly linked list.');
  });

  it('keeps the topics with the answer, not with the question', () => {
    expect(rate.promptHtml ?? '').toBe('');
    // The label is tied to its first word (content/tie-labels.ts).
    expect(plain(rate.answerHtml)).toContain('Topics Covered:\u00a0System Design, Algorithms, Distributed Systems, Caching');
    expect(plain(rate.answerHtml)).not.toContain('Question');
  });

  it('leaves out the badges and the table of contents (said in the reading), so the overview is the intro', () => {
    expect(deck.title).toBe('Acme Interview Questions');
    expect(deck.reading?.navigation).toBe(2);
    expect(deck.reading?.navigationLines).toEqual([
      { from: 3, to: 3 },
      { from: 5, to: 7 },
    ]);
    expect(deck.introTitle).toBe('Overview');
    expect(deck.sections.map((s) => s.title)).toEqual(['Technical Questions']);
    expect(deck.diagnostics.map((d) => d.code)).toEqual([]);
  });
});

describe('flashcards under counting headings, `**Q:**` over `**A:**` with no blank line between', () => {
  const bank = [
    '# Networking Flashcards',
    '',
    '## Part 1: Basics',
    '',
    '### Card 1',
    '**Q:** What does DNS turn a name into?',
    '**A:** An address - the number a client can connect to.',
    '',
    '### Card 2',
    '**Q:** Which layers sit under HTTP?',
    '**A:**',
    '- **TCP:** ordered, reliable bytes',
    '- **IP:** packets between hosts',
    '',
    '### Card 3',
    '**Q:** What does this print?',
    '```sh',
    'dig +short example.com',
    '```',
    '**A:** Only the addresses the name resolves to, one a line.',
    '',
  ].join('\n');

  it('are questions with their answers: the count goes, a listing under the question prints with it', () => {
    const questions = allQuestions(parseDeck(bank, { file: 'net.md', slug: 'net' }));
    expect(questions.map((q) => [q.text, q.cardText])).toEqual([
      ['What does DNS turn a name into?', 'An address - the number a client can connect to.'],
      ['Which layers sit under HTTP?', 'TCP: ordered, reliable bytes; IP: packets between hosts.'],
      ['What does this print?', 'Only the addresses the name resolves to, one a line.'],
    ]);
    expect(questions[2].promptHtml).toContain('dig +short example.com');
    expect(questions[2].answerText).not.toMatch(/dig|A:/);
  });
});

describe('a list of empty items under a question', () => {
  it('is no list of fields: the deck reads (it threw a TypeError)', () => {
    const [q] = allQuestions(parseDeck('# T\n\n## S\n\n### What is left?\n\n* \n* \n\nNothing at all.\n', { file: 't.md', slug: 't' }));
    expect(q.cardText).toBe('Nothing at all.');
  });
});
