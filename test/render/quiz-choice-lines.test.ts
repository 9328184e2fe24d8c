import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/model/deck.js';
import { answerLines } from '../../src/render/render-quiz.js';

const long = 'a) To keep a record that a feature branch existed and where it joined the main line';
const question = (cardText: string, promptText?: string): Question => ({ open: false, cardText, answerText: cardText, promptText }) as unknown as Question;

describe('writing lines of a multiple-choice question', () => {
  it('gives one line to an answer naming one of the options the prompt lists, however long its text', () => {
    expect(answerLines(question(long, 'a) To keep a record b) To rewrite history c) To drop commits'))).toBe(1);
    expect(answerLines(question('(B) The pipe joins the output of one command to the input of the next one', '(A) The ampersand (B) The pipe'))).toBe(1);
  });

  it('keeps the lines of a long answer when the prompt lists no options, or not the one it names', () => {
    expect(answerLines(question(long))).toBeGreaterThan(1);
    expect(answerLines(question(long, 'Why would you choose a merge commit?'))).toBeGreaterThan(1);
    expect(answerLines(question(`d) ${long.slice(3)}`, 'a) One b) Two c) Three'))).toBeGreaterThan(1);
  });
});
