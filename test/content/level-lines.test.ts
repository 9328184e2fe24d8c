import { describe, expect, it } from 'vitest';
import { loadDeck } from '../../src/content/load-deck.js';
import { checkDeck } from '../../src/check/check-deck.js';
import { allQuestions } from '../../src/model/deck.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

describe("a bank's own level words", () => {
  it('give a question its level (`**Difficulty**: Beginner`, `Level: Intermediate`) and stay off its card and answer', async () => {
    const deck = await loadDeck('test/fixtures/layouts/numbered-difficulty-lines/input.md');
    const questions = allQuestions(deck);
    expect(questions.map((q) => q.level)).toEqual(['easy', 'hard', 'medium']);
    for (const q of questions) expect(`${q.cardText} ${q.answerText}`).not.toMatch(/Difficulty|Level:/);
  });

  it('are no error in a foreign bank, where `check` reads them as `build` does', async () => {
    const { findings } = await checkDeck('test/fixtures/layouts/numbered-difficulty-lines/input.md', { cardSize: 'index-3x5' });
    expect(findings.filter((f) => f.level === 'error')).toEqual([]);
  });
});

describe('level marks after a question\'s number', () => {
  it('give its level: 🟢 easy, 🟡 medium, 🔴 hard (`## 第 1 题 🟢`, `### Question 4 🔴`)', async () => {
    const questions = allQuestions(await loadDeck('test/fixtures/layouts/numbered-label-quiz/input.md'));
    expect(questions.map((q) => q.level)).toEqual(['easy', 'easy', 'hard']);
    const { parseDeck } = await import('../../src/content/parse-deck.js');
    const bank = ['# Drills', '', '### Question 1 🟡', '', '**Question:** What is a shard?', '', 'A slice of the data on one node.', '', '### Question 2 🔴', '', '**Question:** How would you reshard live?', '', 'Copy in the background, then switch reads.', ''];
    expect(allQuestions(parseDeck(bank.join('\n'), { file: 'd.md', slug: 'd' })).map((q) => [q.text, q.level])).toEqual([
      ['What is a shard?', 'medium'],
      ['How would you reshard live?', 'hard'],
    ]);
  });
});

describe('sections named for a level', () => {
  it('give their questions that level, Junior / Middle / Senior as banks grade their candidates', async () => {
    const { parseDeck } = await import('../../src/content/parse-deck.js');
    const bank = ['# Frontend', '', '### Junior', '#### What is the DOM?', 'The page as a tree of nodes.', '', '### Middle', '#### What does a bundler do?', 'It joins modules into files a browser loads.', '', '### Senior', '#### How would you split a monolith front end?', '#### How do you choose a state library?', ''];
    const deck = parseDeck(bank.join('\n'), { file: 'f.md', slug: 'f' });
    expect(deck.sections.map((s) => [s.title, s.level])).toEqual([
      ['Junior', 'easy'],
      ['Middle', 'medium'],
      ['Senior', 'hard'],
    ]);
  });
});

describe("a question's metadata comments", () => {
  it('give its tags and level (`<!-- tags: (css) -->`, `<!-- difficulty: hard -->`), under a meta line, and print nothing', async () => {
    const { parseDeck } = await import('../../src/content/parse-deck.js');
    const deck = parseDeck(
      [
        '# Web',
        '',
        '### What is the box model?',
        '',
        '> Content, padding, border, margin.',
        '',
        '<!-- tags: (css, layout) -->',
        '<!-- difficulty: hard -->',
        '',
        '### What is a closure?',
        '',
        'Level: easy',
        '',
        '> A function with the scope it was made in.',
        '',
        '<!-- expertise: (2) -->',
        '<!-- a note to the author -->',
      ].join('\n'),
      { file: 'web.md', slug: 'web' },
    );
    const [box, closure] = allQuestions(deck);
    expect([box.tags, box.level]).toEqual([['css', 'layout'], 'hard']);
    // The meta line wins over the comment.
    expect(closure.level).toBe('easy');
    for (const q of [box, closure]) expect(`${q.answerHtml}${q.cardHtml}`).not.toMatch(/<!--|tags|expertise/);
  });
});
