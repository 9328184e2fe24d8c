import { describe, expect, it } from 'vitest';
import { loadDeck } from '../../src/content/load-deck.js';
import { checkDeck } from '../../src/check/check-deck.js';
import { allQuestions } from '../../src/model/deck.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

describe("a bank's own level words", () => {
  it('give a question its level (`**Difficulty**: Beginner`, `Level: Intermediate`) and stay off its card and answer', async () => {
    const deck = await loadDeck('test/fixtures/layouts/numbered-difficulty-lines/input.md');
    const questions = allQuestions(deck);
    expect(questions.map((q) => q.level)).toEqual(['easy', 'hard', 'medium']);
    for (const q of questions) expect(`${q.cardText} ${q.answerText}`).not.toMatch(/Difficulty|Level:/);
  });

  it('are no error in a foreign bank, where `check` reads them as `build` does', async () => {
    const findings = await checkDeck('test/fixtures/layouts/numbered-difficulty-lines/input.md', { cardSize: 'index-3x5' });
    expect(findings.filter((f) => f.level === 'error')).toEqual([]);
  });
});
