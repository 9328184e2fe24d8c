import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';
import { untypeset } from '../untypeset.js';

// Banks written in HTML underline a label (`<u>Note</u>:`, `<ins>Remember</ins>:`) inside a box.
// Markdown has no underline, and read as emphasis the label printed in italics.
const BANK = [
  '# Shell Questions',
  '',
  '<details>',
  '<summary>What does `set -e` do?</summary>',
  '',
  '<div><u>Note</u>: it stops the script at the first command that fails.</div>',
  '',
  '</details>',
  '',
  '<details>',
  '<summary>What does `set -u` do?</summary>',
  '',
  '<div><ins>Remember</ins>: an unset variable is an error instead of an empty string.</div>',
  '',
  '</details>',
  '',
].join('\n');

describe('an underlined label in an HTML box', () => {
  const [setE, setU] = allQuestions(parseDeck(BANK, { file: 'shell.md', slug: 'shell' }));

  it('prints underlined, never in italics, in the answer and on the card', () => {
    for (const q of [setE, setU]) {
      for (const html of [q.answerHtml, q.cardHtml]) {
        expect(html).not.toMatch(/<em>|<i>/);
        expect(untypeset(html)).toMatch(/<ins>(?:Note|Remember)<\/ins>:/);
      }
    }
  });

  it('keeps the label as words in the card text', () => {
    expect(setE.cardText).toBe('Note: it stops the script at the first command that fails.');
  });

  it('does the same for <u> in a paragraph of a deck of our own', () => {
    const [q] = allQuestions(parseDeck('# T\n\n## S\n\n### What is a trap?\n\n> A handler.\n\n<u>Note</u>: it runs on a signal.\n', { file: 't.md', slug: 't' }));
    expect(q.answerHtml).toContain('<ins>Note</ins>:\u00a0it runs on a signal.');
    expect(q.answerHtml).not.toContain('<em>');
  });
});
