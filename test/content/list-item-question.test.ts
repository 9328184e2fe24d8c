import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';

// A bank numbering its questions in headings alone (`## Question no 1`) and writing each question
// as a list of one item under it, its answer under `#### Answer`.
const bank = [
  '# Go basics',
  '',
  '## Question no 1',
  '- What is a goroutine?',
  '',
  '#### Answer',
  '- A function running alongside others, scheduled by the Go runtime.',
  '',
  '## Question no 2',
  '- How do two goroutines share data safely?',
  '',
  '#### Answer',
  '- Through a channel, or a mutex around the shared value.',
].join('\n');

describe('a question written as a list item under its number', () => {
  const questions = allQuestions(parseDeck(bank, { file: 'go.md', slug: 'go' }));

  it('asks the list item, not "Question no 1", and answers with what is under the Answer heading', () => {
    expect(questions.map((q) => q.text)).toEqual(['What is a goroutine?', 'How do two goroutines share data safely?']);
    expect(questions[0].answerHtml).not.toMatch(/goroutine\?|<h4>/);
    expect(questions[1].cardText).toBe('Through a channel, or a mutex around the shared value.');
  });
});
