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

// A foreign bank's question over what it asks about (a list, a listing), then the answer under a
// bold label with no colon, alone on its line: the label opens the answer, as `**Answer:**` does.
const asked = (label: string) =>
  allQuestions(
    parseDeck(`# Quiz\n\n## 1. Which of these are falsy?\n\n- 0\n- "0"\n- []\n\n${label}\n\nOnly 0.\n\n## 2. What does this print?\n\n\`\`\`js\nconsole.log([] + []);\n\`\`\`\n\n${label}\n\nAn empty string.\n`, {
      file: 'q.md',
      slug: 'q',
    }),
  );

describe('a bare bold answer label under what a question asks', () => {
  it.each(['**Answer**', '**Ответ**', '**答案**', '**Réponse**', '**Respuesta**', '**Antwort**', '**Answer:**'])('%s opens the answer: what is above it prints with the question', (label) => {
    const [list, listing] = asked(label);
    expect(list.promptText).toBe('0; "0"; []');
    expect(printed(list.answerHtml)).toBe('<p>Only 0.</p>');
    expect(list.cardText).toBe('Only 0.');
    expect(listing.promptText).toBe('console.log([] + []);');
    expect(printed(listing.answerHtml)).toBe('<p>An empty string.</p>');
  });
});
