import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';

// A bold "Answer" label alone on its line over the answer (`**Answer**:`, `**Answer:**`) only says
// the answer starts: the guide prints the answer under its question, so the label goes there as on the card.
const deck = (answerLine: string, after = '\n\nA measured signal of service health.') =>
  allQuestions(parseDeck(`# Labels\n\n## Basics\n\n### What is an SLI?\n\n${answerLine}${after}\n`, { file: 'l.md', slug: 'l' }))[0];

/** The answer as printed, without the soft hyphens put in for line breaking. */
const printed = (html: string): string => html.replace(/\u00ad/g, '');

describe('an answer label alone over the answer', () => {
  it.each(['**Answer**:', '**Answer:**', 'Answer:', '**Ответ:**'])('leaves %s out of the guide and the card', (label) => {
    const q = deck(label);
    expect(printed(q.answerHtml)).toBe('<p>A measured signal of service health.</p>');
    expect(q.cardText).toBe('A measured signal of service health.');
  });

  it('keeps the label under a card answer of ours out too, and a label that runs on into its answer', () => {
    expect(printed(deck('> Health, measured.\n\n**Answer:**').answerHtml)).toBe('<p>A measured signal of service health.</p>');
    expect(deck('**Answer:** it is measured.', '').answerHtml).toContain('Answer:');
  });
});
