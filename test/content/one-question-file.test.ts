import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';
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

// A page of one question whose answer guide is a list of steps that bid ("Read the kernel log …"):
// the steps were read as a list of three questions, and a follow-up as a fourth.
describe('a page asking one question in its title, its answer guide a list of steps', () => {
  const PAGE = [
    '---',
    'title: Find out why the OOM killer ended a process',
    'difficulty: senior',
    '---',
    '',
    '# Find out why the OOM killer ended a process',
    '',
    'A service restarts every night and the kernel log mentions the OOM killer. How do you find the cause?',
    '',
    '## Answer guide',
    '',
    '- Read the kernel log around the kill: it lists every candidate and the score that picked the victim.',
    '- Check whether a cgroup limit, not the host, ran out.',
    '- Compare the service’s growth with its limit over a day.',
    '',
    '## Follow-ups',
    '',
    '- How would you protect a critical daemon from being picked?',
    '',
  ].join('\n');

  it('is that one question, its steps and follow-up its answer, at its level', () => {
    const deck = parseDeck(PAGE, { file: 'oom-killer.md', slug: 'oom-killer' });
    const questions = allQuestions(deck);
    expect(questions.map((q) => [q.text, q.promptText, q.level, !!q.open])).toEqual([
      ['Find out why the OOM killer ended a process', 'A service restarts every night and the kernel log mentions the OOM killer. How do you find the cause?', 'hard', false],
    ]);
    expect(questions[0].answerText).toMatch(/Read the kernel log.*Check whether a cgroup limit.*Compare the service.*protect a critical daemon/s);
  });
});

// A bank kept one page a question, each page labelled with its number and topic over the heading that asks.
describe('a page labelled `# Question 4 - Events` over the heading that asks', () => {
  it('asks the heading under the label, not the topic', () => {
    const deck = parseDeck('# Question 4 - Events\n\n## How do you attach and detach a handler?\n\nUse += and -=.\n', { file: 'EV-Question04.md', slug: 'ev-question04' });
    expect(allQuestions(deck).map((q) => [q.text, q.answerText])).toEqual([['How do you attach and detach a handler?', 'Use += and -=.']]);
  });

  it('keeps a label whose words bid as the question it is', () => {
    const deck = parseDeck('## Question 3 - Explain closures\n\nA function keeps the variables of the scope it was made in.\n', { file: 'q.md', slug: 'q' });
    expect(allQuestions(deck).map((q) => q.text)).toEqual(['Explain closures']);
  });
});
