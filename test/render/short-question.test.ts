import { describe, expect, it } from 'vitest';
import { loadDeck } from '../../src/content/load-deck.js';
import { allQuestions, type Question } from '../../src/model/deck.js';
import { isShortQuestion } from '../../src/render/render-guide.js';

// A question kept whole must fit the page it is typeset on: at A4's limits, one moved whole onto
// a booklet's A5 page left 45 % of the page before it empty.
describe('a short question, by the page it is typeset on', () => {
  const withAnswer = (chars: number): Question =>
    ({ answerFromCard: false, answerText: 'x'.repeat(chars), cardText: 'A card.', answerHtml: `<p>${'x'.repeat(chars)}</p>` }) as Question;

  it('keeps a 700-character answer whole on A4 and Letter, not on a booklet half sheet', () => {
    expect(isShortQuestion(withAnswer(700), 'a4')).toBe(true);
    expect(isShortQuestion(withAnswer(700), 'letter')).toBe(true);
    expect(isShortQuestion(withAnswer(700), 'a5')).toBe(false);
    expect(isShortQuestion(withAnswer(700), 'half-letter')).toBe(false);
    expect(isShortQuestion(withAnswer(300), 'a5')).toBe(true);
  });

  it('keeps fewer of the bundled questions whole on A5 than on A4', async () => {
    const questions = allQuestions(await loadDeck('content/infrastructure-engineer.md'));
    const a4 = questions.filter((q) => isShortQuestion(q, 'a4')).length;
    const a5 = questions.filter((q) => isShortQuestion(q, 'a5')).length;
    expect(a5).toBeLessThan(a4);
  });
});
