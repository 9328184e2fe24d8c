import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';

const parse = (text: string) => parseDeck(text, { file: 'bank.md', slug: 'bank' });
const questions = (text: string) => parse(text).sections.flatMap((s) => s.questions.map((q) => [q.text, q.cardText]));

describe('a mock interview written as a dialogue', () => {
  it('reads each interviewer line as a question and the reply under it as its answer', () => {
    const bank = `# Mock interview\n\nInterviewer: What does a load balancer do?\n\nCandidate: It spreads requests across servers.\n\nInterviewer (follow-up): And when one server dies?\n\nCandidate: Health checks take it out of the pool.\n`;
    expect(questions(bank)).toEqual([
      ['What does a load balancer do?', 'It spreads requests across servers.'],
      ['And when one server dies?', 'Health checks take it out of the pool.'],
    ]);
  });

  it('leaves a speaker named once in an answer of ours alone', () => {
    const deck = `# Notes\n\n## Talks\n\n### How did the talk go?\n\n> Well.\n\nInterviewer: a short chat first.\n\nMe: fine.\n`;
    expect(parse(deck).sections[0].questions[0].answerText).toContain('Interviewer: a short chat first.');
  });
});
