import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { mayBeOneQuestion } from '../../src/content/folder-deck.js';
import { untypeset } from '../untypeset.js';

// A bank kept one question a file (`002-git/006-merge-vs-rebase.md`): the question in a labelled
// heading, `**Answer:**`, then the answer in sections of its own, headed more shallowly than the question.
const FILE = [
  '### Q: How do `git merge` and `git rebase` differ?',
  '',
  '**Answer:**',
  '',
  'Both bring one branch’s work into another; they leave different histories.',
  '',
  '---',
  '',
  '## 1. What does `git merge` do?',
  '',
  'It adds a merge commit and keeps every commit as it was.',
  '',
  '### Example scenario',
  '',
  'Two branches, `main` and `feature`.',
  '',
  '## 2. What does `git rebase` do?',
  '',
  'It replays your commits on top of the other branch.',
  '',
  '## Summary',
  '',
  'Merge shared branches; rebase private ones before review.',
  '',
].join('\n');

describe('a file of one question with an answer in sections', () => {
  it('is one question, named after its file; its sections are parts of the answer', () => {
    const deck = parseDeck(FILE, { file: '006-merge-vs-rebase.md', slug: '006-merge-vs-rebase' });
    expect(deck.title).toBe('Merge vs rebase');
    const questions = deck.sections.flatMap((s) => s.questions);
    expect(questions.map((q) => q.text)).toEqual(['How do git merge and git rebase differ?']);
    const answer = untypeset(questions[0].answerHtml);
    expect(answer).toMatch(/^<p>Both bring/);
    expect(answer).toContain('<h4>1. What does <code');
    expect(answer).toContain('<h5>Example scenario</h5>');
    expect(answer).toContain('<h4>Summary</h4>');
    expect(questions[0].cardText).toMatch(/^Both bring/);
  });

  it('may be one question of a folder deck; a file of two labelled questions may not', () => {
    expect(mayBeOneQuestion(FILE)).toBe(true);
    expect(mayBeOneQuestion(`${FILE}\n### Q: What is a fast-forward?\n\nMoving the pointer.\n`)).toBe(false);
  });
});
