import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';

// A FAQ or bank written as an HTML definition list (GitHub's markdown has none of its own):
// each `<dt>` a question, the `<dd>` after it its answer.
const bank = [
  '# CSS questions',
  '',
  '<dl>',
  '<dt>What does <code>box-sizing: border-box</code> change?</dt>',
  '<dd>Width and height then include padding and border.</dd>',
  '',
  '<dt>Why can a <code>z-index</code> seem to do nothing?</dt>',
  '<dd>It only orders boxes inside one stacking context.</dd>',
  '',
  '<dt>What is the difference between <code>em</code> and <code>rem</code>?</dt>',
  '<dd>An <code>em</code> follows the element, a <code>rem</code> the root.</dd>',
  '</dl>',
].join('\n');

describe('questions in an HTML definition list', () => {
  it('reads each <dt> as a question and the <dd> under it as its answer, code kept as code', () => {
    const questions = allQuestions(parseDeck(bank, { file: 'css.md', slug: 'css' }));
    expect(questions.map((q) => [q.text, q.line])).toEqual([
      ['What does box-sizing: border-box change?', 4],
      ['Why can a z-index seem to do nothing?', 7],
      ['What is the difference between em and rem?', 10],
    ]);
    expect(questions[2].answerHtml).toContain('<code');
    expect(questions[0].cardText).toBe('Width and height then include padding and border.');
  });
});
