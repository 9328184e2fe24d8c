import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';

const read = (text: string) => parseDeck(text, { file: 'bank.md', slug: 'bank' });

describe('questions on lines of their own (text pasted from a page)', () => {
  it('reads each asking line with the paragraph under it, and a title line run on under an answer as the next section', () => {
    const deck = read(
      [
        'Basics',
        'What is a port?',
        '',
        'A number that names one endpoint of a connection on a host.',
        'Naming',
        'What is DNS?',
        '',
        'The system that turns names into addresses.',
        '',
        'It caches answers for their TTL.',
        'What is a CNAME?',
        '',
        'A name that points at another name.',
      ].join('\n'),
    );
    expect(deck.reading?.layout).toBe('question-lines');
    expect(deck.sections.map((s) => [s.title, s.questions.map((q) => q.text)])).toEqual([
      ['Basics', ['What is a port?']],
      ['Naming', ['What is DNS?', 'What is a CNAME?']],
    ]);
    // The answer's second paragraph, run on into the next question, stays with its answer.
    expect(allQuestions(deck)[1].answerText).toContain('It caches answers for their TTL.');
    expect(allQuestions(deck)[1].line).toBe(6);
  });

  it('leaves a deck of ours alone when a few of its answers end in a question', () => {
    const asks = (n: number) => [`Prose that asks ${n}?`, '', `An answer to it ${n}.`, ''];
    const ours = ['# Deck', '', '## S', '', '### What is a port?', '', '> A number.', '', ...asks(1), ...asks(2), ...asks(3), ...asks(4)].join('\n');
    expect(read(ours).reading?.layout ?? 'studyguide').toBe('studyguide');
    expect(allQuestions(read(ours)).map((q) => q.text)).toEqual(['What is a port?']);
  });
});
