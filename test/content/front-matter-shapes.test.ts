import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

// Line 3 of each deck holds the value under test.
const deckWith = (line: string) => `---\ntitle: Queues\n${line}\n---\n\n## Basics\n\n### What is a queue?\n\n> A line of jobs, first in first out.\n`;
const read = (line: string) => {
  const deck = parseDeck(deckWith(line), { file: 'q.md', slug: 'q' });
  return { deck, said: deck.diagnostics.map((d) => `${d.file}:${d.line} ${d.severity} ${d.code}: ${d.message}`) };
};

describe('a front matter value of a shape the key does not take', () => {
  it('difficulty as a mapping, a list or true/false: a warning at its line, the questions keep the level of a deck without one', () => {
    for (const [value, shape] of [
      ['{a: b}', 'a mapping'],
      ['[easy, hard]', 'a list'],
      ['true', 'true/false'],
    ]) {
      const { deck, said } = read(`difficulty: ${value}`);
      expect(said).toEqual([`q.md:3 warning unknown-front-matter: front matter "difficulty" is ${shape}, not a level; ignored — write one of easy, medium, hard, as \`difficulty: easy\``]);
      expect(allQuestions(deck)[0].level).toBe(allQuestions(read('difficulty:').deck)[0].level);
    }
  });

  it('difficulty naming no level: a warning naming the word', () => {
    expect(read('difficulty: banana').said).toEqual(['q.md:3 warning unknown-front-matter: front matter "difficulty: banana" names no level; ignored — write one of easy, medium, hard, as `difficulty: easy`']);
    expect(read('difficulty: senior').said).toEqual([]);
  });

  it('category as a mapping or with nested lists: a warning at its line naming what was left out, names beside it kept', () => {
    expect(read('category: [[[x]]]').said).toEqual(['q.md:3 warning unknown-front-matter: front matter "category" holds a list, not a name; ignored — write `category: Containers` or `category: [Containers, Networking]`']);
    expect(read('category: {a: b}').said).toEqual(['q.md:3 warning unknown-front-matter: front matter "category" is a mapping, not a name; ignored — write `category: Containers` or `category: [Containers, Networking]`']);
    const mixed = read('category: [Ops, {a: b}]');
    expect(mixed.said).toEqual(['q.md:3 warning unknown-front-matter: front matter "category" holds a mapping, not a name; ignored — write `category: Containers` or `category: [Containers, Networking]`']);
    expect(mixed.deck.tags).toEqual(['Ops']);
  });

  it('layout as a mapping or a list: named by its shape, not printed as [object Object]', () => {
    const choices = 'use auto, studyguide, details, numbered-headings, list-headings, list-questions, qa, table-headings, flashcards, question-lines';
    expect(read('layout: {a: b}').said).toEqual([`q.md:3 warning unknown-front-matter: front matter "layout" is a mapping, not a layout name; ignored: the layout is detected — to name one, ${choices}`]);
    expect(read('layout: [qa]').said).toEqual([`q.md:3 warning unknown-front-matter: front matter "layout" is a list, not a layout name; ignored: the layout is detected — to name one, ${choices}`]);
  });

  it('says nothing of values of the right shape', () => {
    for (const line of ['difficulty: hard', 'difficulty:', 'category: Ops', 'category: [Ops, 2]', 'category:', 'layout:', 'layout: studyguide']) expect(read(line).said, line).toEqual([]);
  });
});
