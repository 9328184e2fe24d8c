import { describe, expect, it } from 'vitest';
import { loadDeck } from '../../src/content/load-deck.js';
import { parseDeck } from '../../src/content/parse-deck.js';
import { noAnswersWarning } from '../../src/outputs/no-answers.js';

// Open questions are left out of the flashcard exports only (a card with an empty back teaches
// nothing): the build says so, once. The cheat sheet and the cards rule space for their answers.
describe('a deck with no answered question', () => {
  it('is warned about when flashcard exports are wanted', async () => {
    const deck = await loadDeck('test/fixtures/layouts/list-numbered-lines/input.md');
    expect(noAnswersWarning(deck, { quiz: false })).toMatchObject({
      line: 1,
      code: 'no-answers',
      message:
        'none of its 6 questions has an answer yet, so the flashcard exports come out empty — the guide (and --quiz) list them as open questions, the cheat sheet and the cards rule space to write the answers in',
    });
    expect(noAnswersWarning(deck, { outputs: ['csv'], quiz: false })?.message).toMatch(/so the flashcard exports come out empty — [^,]*$/);
    // The cheat sheet and the cards are not empty: each open question is ruled for its answer.
    expect(noAnswersWarning(deck, { outputs: ['cards', 'cheatsheet'], quiz: false })).toBeUndefined();
  });

  it('says the quiz has no answer key, with the exports or alone', async () => {
    const deck = await loadDeck('test/fixtures/layouts/list-numbered-lines/input.md');
    expect(noAnswersWarning(deck, { outputs: ['guide', 'csv'], quiz: true })?.message).toBe(
      'none of its 6 questions has an answer yet, so the flashcard exports come out empty and the quiz has no answer key — the guide (and --quiz) list them as open questions',
    );
    expect(noAnswersWarning(deck, { outputs: ['guide', 'quiz'], quiz: false })).toMatchObject({
      line: 1,
      message: 'none of its 6 questions has an answer yet, so the quiz has no answer key — the guide lists them as open questions',
    });
    // One answer keys the quiz: only the exports are warned about.
    const some = parseDeck('# Bank\n\n### What is a thread?\n\n> A path of execution.\n\n### What is a process?\n\nStatus: open\n', {
      file: 'b.md',
      slug: 'b',
    });
    expect(noAnswersWarning(some, { outputs: ['guide', 'quiz'], quiz: false })).toBeUndefined();
  });

  it('is not warned about when only the guide is built, or when every question has an answer', async () => {
    expect(noAnswersWarning(await loadDeck('test/fixtures/layouts/list-numbered-lines/input.md'), { outputs: ['guide'], quiz: false })).toBeUndefined();
    expect(
      noAnswersWarning(parseDeck('# Bank\n\n### What is a thread?\n\n> A path of execution.\n', { file: 'b.md', slug: 'b' }), { quiz: false }),
    ).toBeUndefined();
  });
});

describe('a deck with some questions open', () => {
  const deck = parseDeck(
    '# Bank\n\n## Basics\n\n### What is a process?\nStatus: open\n\n### What is a thread?\nStatus: open\n\n### What is a deadlock?\n\n> Two tasks each wait for the other.\n',
    { file: 'bank.md', slug: 'bank' },
  );

  it('says at the first open question that the exports leave them out', () => {
    expect(noAnswersWarning(deck, { outputs: ['csv', 'cheatsheet'], quiz: false })).toMatchObject({
      file: 'bank.md',
      line: 5,
      code: 'no-answers',
      message:
        '"What is a process?" and 1 more have no answer yet, so the flashcard exports leave them out — answer them to export them, the cheat sheet rules space to write the answers in',
    });
    expect(noAnswersWarning(deck, { outputs: ['guide', 'cards', 'cheatsheet'], quiz: false })).toBeUndefined();
  });
});
