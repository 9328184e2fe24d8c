import { describe, expect, it } from 'vitest';
import { loadDeck } from '../../src/content/load-deck.js';
import { noAnswersWarning } from '../../src/outputs/no-answers.js';

// A bank of open questions only prints an empty cheat sheet and exports: the build says so, once, at line 1.
describe('a deck with no answered question', () => {
  it('is warned about when outputs of answered questions are wanted', async () => {
    const deck = await loadDeck('test/fixtures/layouts/list-numbered-lines/input.md');
    expect(noAnswersWarning(deck, { quiz: false })).toMatchObject({
      line: 1,
      code: 'no-answers',
      message:
        'none of its 6 questions has an answer yet, so the cheat sheet and the flashcard exports come out empty — the guide (and --quiz) list them as open questions, the cards rule space to write the answers in',
    });
    expect(noAnswersWarning(deck, { outputs: ['cheatsheet'], quiz: false })?.message).toContain('so the cheat sheet comes out empty');
    // Cards alone are not empty: each open question's card is ruled for its answer.
    expect(noAnswersWarning(deck, { outputs: ['cards'], quiz: false })).toBeUndefined();
  });

  it('is not warned about when only the guide is built, or when one question has an answer', async () => {
    expect(noAnswersWarning(await loadDeck('test/fixtures/layouts/list-numbered-lines/input.md'), { outputs: ['guide'], quiz: false })).toBeUndefined();
    expect(noAnswersWarning(await loadDeck('test/fixtures/layouts/numbered-dotted/input.md'), { quiz: false })).toBeUndefined();
  });
});
