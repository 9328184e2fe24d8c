import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';

// A bank asking in `####` headings under `###` topics, each labelled `Question-N:` over an
// `Ans:` line, with slots left to fill in (`#### Question-9:` over a bare `**Ans:**`).
const bank = [
  '# Ops questions',
  '',
  '### ⭐Part-1 (Git)⭐',
  '',
  '#### Question-1: What does git stash keep ?',
  '**Ans:** Your uncommitted changes, put aside.',
  '',
  '#### Question-2: How do you undo a pushed commit ?',
  'Ans: With `git revert`, which adds a commit.',
  '',
  '#### Question-3: ',
  '**Ans:**',
  '',
  '### ⭐Part-2 (Cloud)⭐',
  '#### Question-1: Describe your pipeline ?',
  '**Ans:** ',
  '#### Question-2: What is a NAT gateway for ?',
  '**Ans:** Outbound access for a private subnet.',
].join('\n');

describe('questions labelled Question-N under topic headings', () => {
  const deck = parseDeck(bank, { file: 'ops.md', slug: 'ops' });

  it('reads every question, without its label, and the one left unanswered as open', () => {
    expect(allQuestions(deck).map((q) => [q.text, !!q.open])).toEqual([
      ['What does git stash keep ?', false],
      ['How do you undo a pushed commit ?', false],
      ['Describe your pipeline ?', true],
      ['What is a NAT gateway for ?', false],
    ]);
    expect(deck.sections.map((s) => s.questions.length)).toEqual([2, 2]);
  });

  it('leaves an empty slot out, saying so at its line, not as a section with no questions', () => {
    expect(deck.diagnostics.map((d) => `${d.line}: ${d.message}`)).toEqual(['11: "Question-3:" is an empty slot (no question, no answer); left out']);
  });
});
