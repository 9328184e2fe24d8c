import { describe, expect, it } from 'vitest';
import { loadDeck } from '../../src/content/load-deck.js';
import { noAnswersWarning } from '../../src/outputs/no-answers.js';

// A bank of open questions only prints empty cards and cheat sheet: the build says so, once, at line 1.
describe('a deck with no answered question', () => {
  it('is warned about when outputs of answered questions are wanted', async () => {
    const deck = await loadDeck('test/fixtures/layouts/list-numbered-lines/input.md');
    expect(noAnswersWarning(deck, { quiz: false })).toMatchObject({
      line: 1,
      code: 'no-answers',
      message:
        'none of its 6 questions has an answer yet, so the cards, the cheat sheet and the flashcard exports come out empty — the guide (and --quiz) list them as open questions',
    });
    expect(noAnswersWarning(deck, { outputs: ['cards'], quiz: false })?.message).toContain('so the cards come out empty');
  });

  it('is not warned about when only the guide is built, or when one question has an answer', async () => {
    expect(noAnswersWarning(await loadDeck('test/fixtures/layouts/list-numbered-lines/input.md'), { outputs: ['guide'], quiz: false })).toBeUndefined();
    expect(noAnswersWarning(await loadDeck('test/fixtures/layouts/numbered-dotted/input.md'), { quiz: false })).toBeUndefined();
  });
});
