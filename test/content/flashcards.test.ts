import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';

const read = (text: string) => parseDeck(text, { file: 'notes.md', slug: 'notes' });

describe('flashcard notes', () => {
  it('a deck of ours whose answers hold `a :: b` lines (type signatures written as text) stays ours', () => {
    const deck = read(
      [
        '# Haskell',
        '',
        '## Basics',
        '',
        '### What does map do?',
        '',
        '> Applies a function to every element.',
        '',
        'map :: (a -> b) -> [a] -> [b]',
        'filter :: (a -> Bool) -> [a] -> [a]',
        'foldr :: (a -> b -> b) -> b -> [a] -> b',
        '',
        '### What is a functor?',
        '',
        '> A type you can map over.',
        '',
        'fmap :: Functor f => (a -> b) -> f a -> f b',
        '',
      ].join('\n'),
    );
    expect(deck.reading?.layout ?? 'studyguide').toBe('studyguide');
    expect(allQuestions(deck).map((q) => q.text)).toEqual(['What does map do?', 'What is a functor?']);
  });

  it('a `::` inside code, or a name path in prose, is no card; a `?` ending its paragraph takes the list under it', () => {
    const deck = read(
      ['# Notes', '', 'Use `Foo::bar()` here.', '', 'In C++ you write std::vector for arrays.', '', 'Port of SSH :: 22', 'Port of DNS::53', '', 'Name the three kinds of log', '?', '', '- error', '- warn', '- info', ''].join('\n'),
    );
    expect(deck.reading?.layout).toBe('flashcards');
    expect(allQuestions(deck).map((q) => [q.text, q.cardText])).toEqual([
      ['Port of SSH', '22'],
      ['Port of DNS', '53'],
      ['Name the three kinds of log', 'error; warn; info.'],
    ]);
  });

  it('one-line cards on consecutive lines are cards, one naming a path (`std::vector`) in its question too', () => {
    const deck = read(
      [
        '# Systems cards',
        '',
        'What does std::vector keep? :: Its items side by side in one growable block',
        'What is a mutex for? :: Letting one thread at a time into a critical section',
        'Which call frees a heap block in C? :: free',
        'What is a page fault? :: A touch of memory that is not mapped yet',
        '',
      ].join('\n'),
    );
    expect(deck.reading?.layout).toBe('flashcards');
    expect(allQuestions(deck).map((q) => [q.text, q.cardText])).toEqual([
      ['What does std::vector keep?', 'Its items side by side in one growable block'],
      ['What is a mutex for?', 'Letting one thread at a time into a critical section'],
      ['Which call frees a heap block in C?', 'free'],
      ['What is a page fault?', 'A touch of memory that is not mapped yet'],
    ]);
  });
});
