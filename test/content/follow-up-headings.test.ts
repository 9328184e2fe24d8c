import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';

// A follow-up asked under a question (`### Follow-up Q: …`, `#### Follow-up: …`) belongs to that
// question: in an interview it is asked after it, and alone on a card ("Who empties it?") it asks nothing.

const FILE = 'test/fixtures/layouts/follow-up-headings/input.md';

describe('follow-up headings under a question', () => {
  const deck = parseDeck(readFileSync(FILE, 'utf8'), { file: FILE, slug: 'follow-ups' });
  const questions = allQuestions(deck);

  it('stay in the answer of the question they follow, off its card', () => {
    expect(questions.map((q) => q.text)).toEqual([
      'What does a dead-letter queue hold?',
      'Why should a consumer be idempotent?',
      'When is a topic better than a queue?',
      'What does a consumer group share?',
    ]);
    expect(questions[0].cardText).not.toContain('empties');
    // One at the question's own level (`## Follow-up Q:` after `## Q4:`) joins the question before, its label in bold.
    expect(questions[3].answerHtml.replaceAll('\u00ad', '')).toContain('<strong>Follow-up:</strong> What happens when a member leaves?');
    expect(questions[1].answerHtml.replaceAll('\u00ad', '')).toContain('Keep the ids of handled messages');
  });

  it('print as a labelled sub-heading: the label set apart, the written "Q" dropped', () => {
    const headings = questions.flatMap((q) => [...q.answerHtml.matchAll(/<h[4-6][^>]*>.*?<\/h[4-6]>/g)].map((m) => m[0].replaceAll('\u00ad', '')));
    expect(headings).toEqual([
      '<h4 class="follow-up"><span class="follow-up-label">Follow-up</span> Who empties it?</h4>',
      '<h4 class="follow-up"><span class="follow-up-label">Follow-up</span> How can it tell a message it has seen?</h4>',
      '<h4 class="follow-up"><span class="follow-up-label">Follow-up</span> What if the id store is lost?</h4>',
    ]);
  });
});
