import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions, type Deck } from '../../src/model/deck.js';
import { untypeset } from '../untypeset.js';

// Quiz banks print their questions with options and give the answers in a key at the end:
// a table, a numbered list or one line of `1-B, 2-C`. Each answer goes to its question (by
// number, or by place when the questions carry none); the key prints as no section of its own.
const read = (lines: string[], file = 'quiz.md'): Deck => parseDeck(lines.join('\n'), { file, slug: 'quiz' });

const streaming = [
  '# Streaming drills',
  '',
  '## Chapter 1: Logs',
  '',
  '### Q1.1: Ordering',
  'Where does a log keep its messages in order?',
  '',
  '- A) Across the whole topic',
  '- B) Within one partition',
  '- C) Within one broker',
  '',
  '### Q1.2: Retention',
  'What happens to a message once it has been read?',
  '',
  '- A) It is deleted at once',
  '- B) It stays until the retention limit',
  '',
  '## Chapter 2: Consumers',
  '',
  '### Q2.1: Groups',
  'Two consumers in one group read a one-partition topic. How many get messages?',
  '',
  '- A) Both',
  '- B) One',
  '',
  '## Answers',
  '',
  '| Question | Answer | Why |',
  '|---|---|---|',
  '| Q1.1 | **B** | Order holds only inside a partition. |',
  '| Q2.1 | B | A partition goes to one member of a group at a time. |',
  '| Q1.2 | B | Reading deletes nothing; retention does. |',
  '| Q3.1 | A | No such question. |',
];

describe('answer keys at the end of a quiz bank', () => {
  it('puts each table row into its numbered question: the options print with the question, the card names the option', () => {
    const deck = read(streaming);
    expect(deck.sections.map((s) => s.title)).toEqual(['Chapter 1: Logs', 'Chapter 2: Consumers']);
    const [ordering, retention, groups] = allQuestions(deck);
    expect(ordering.text).toBe('Ordering');
    expect(ordering.promptText).toContain('B) Within one partition');
    expect(ordering.cardText).toBe('B) Within one partition\nOrder holds only inside a partition.');
    expect(untypeset(ordering.answerHtml)).toContain('<strong>B) Within one partition</strong>');
    expect(ordering.answerHtml).not.toContain('Across the whole topic');
    expect(retention.cardText).toBe('B) It stays until the retention limit\nReading deletes nothing; retention does.');
    expect(groups.cardText).toBe('B) One\nA partition goes to one member of a group at a time.');
    expect(allQuestions(deck).map((q) => q.cardGenerated)).toEqual([true, true, true]);
  });

  it('says which entries of the key answer no question, at their line', () => {
    const deck = read(streaming);
    expect(deck.diagnostics.map((d) => `${d.line}: ${d.code}: ${d.message}`)).toEqual([
      '33: left-out: answer key entry 3.1 matches no question; left out — number its question as the key does',
    ]);
  });

  it('reads a numbered list key under bold numbered questions, with option lines in one paragraph', () => {
    const deck = read([
      '# Shell drills',
      '',
      '**1. Which command lists hidden files?**',
      '',
      'a) `ls -a`',
      'b) `ls -h`',
      '',
      '**2. Which signal cannot be caught?**',
      '',
      '- A) SIGTERM',
      '- B) SIGKILL',
      '',
      '---',
      '',
      '## Answer Key',
      '',
      '1. a — `-a` shows names that start with a dot.',
      '2. B',
    ]);
    const [hidden, signal] = allQuestions(deck);
    expect(hidden.promptText).toContain('a) ls -a');
    expect(hidden.cardText).toBe('a) ls -a\n-a shows names that start with a dot.');
    expect(signal.cardText).toBe('B) SIGKILL');
    expect(deck.sections.map((s) => s.title)).not.toContain('Answer Key');
    expect(deck.diagnostics).toEqual([]);
  });

  it('reads a key under a numbered list of questions, each with its options nested', () => {
    const deck = read([
      '# Markdown check',
      '',
      '## Questions',
      '',
      '1. Which syntax makes a level-two heading?',
      '   - A) `# Title`',
      '   - B) `## Title`',
      '',
      '2. Which line starts a quote?',
      '   - A) `> text`',
      '   - B) `# text`',
      '',
      '## Answer Key',
      '',
      '1. B — two hashes.',
      '2. A',
    ]);
    expect(allQuestions(deck).map((q) => q.cardText)).toEqual(['B) ## Title\ntwo hashes.', 'A) > text']);
    expect(deck.sections.map((s) => s.title)).toEqual(['Questions']);
  });

  it('reads one key per chapter, each answering the questions above it (numbers start again)', () => {
    const deck = read([
      '# Two chapters',
      '',
      '## Chapter 1',
      '',
      '### 1. Which is a prime?',
      '',
      '- A) 4',
      '- B) 7',
      '',
      '### Answers',
      '',
      '1. B',
      '',
      '## Chapter 2',
      '',
      '### 1. Which is even?',
      '',
      '- A) 6',
      '- B) 9',
      '',
      '### 2. Which is odd?',
      '',
      '- A) 8',
      '- B) 5',
      '',
      '### Answers',
      '',
      '1. A',
      '2. B',
    ]);
    expect(allQuestions(deck).map((q) => q.cardText)).toEqual(['B) 7', 'A) 6', 'B) 5']);
    expect(deck.diagnostics).toEqual([]);
  });

  it('reads a key inside a "reveal" block by the numbers written, where the key skips one', () => {
    const deck = read([
      '# Quiz',
      '',
      '**Q1.** Which is a prime?',
      '',
      '- A) 4',
      '- B) 7',
      '',
      '**Q5.** Which is even?',
      '',
      '- A) 6',
      '- B) 9',
      '',
      '## Answer key',
      '',
      '<details>',
      '<summary>Click to reveal answers</summary>',
      '',
      '1. **B** — seven has no divisors but one and itself.',
      '',
      '5. **A** — six is two threes.',
      '',
      '</details>',
    ]);
    // Markdown numbers the second item 2; the key wrote 5, and question 5 gets it.
    expect(allQuestions(deck).map((q) => q.cardText)).toEqual(['B) 7\nseven has no divisors but one and itself.', 'A) 6\nsix is two threes.']);
    expect(deck.diagnostics).toEqual([]);
  });

  it('keeps the answers a quiz gives under each question, and reads a level written after the number', () => {
    const deck = read([
      '# Metrics quiz',
      '',
      '## Questions',
      '',
      '### Question 1 — Easy',
      '',
      '**What does recall measure?**',
      '',
      '- A) Speed',
      '- B) Of the real yeses, how many were caught',
      '',
      '<details>',
      '<summary>Reveal Answer</summary>',
      '',
      '**Correct Answer: B**',
      '',
      'Recall is TP over TP plus FN.',
      '',
      '</details>',
      '',
      '### Question 2 — Hard**',
      '',
      '**What does F1 punish?**',
      '',
      '- A) Slow training',
      '- B) A gap between precision and recall',
      '',
      '<details>',
      '<summary>Reveal Answer</summary>',
      '',
      '**Correct Answer: B**',
      '',
      'A harmonic mean falls when either term is low.',
      '',
      '</details>',
      '',
      '## Answer Key',
      '',
      '| Q# | Answer | Difficulty |',
      '|----|--------|------------|',
      '| 1 | B | Easy |',
      '| 2 | B | Hard |',
    ]);
    const questions = allQuestions(deck);
    expect(questions.map((q) => [q.text, q.level])).toEqual([
      ['What does recall measure?', 'easy'],
      ['What does F1 punish?', 'hard'],
    ]);
    // The key only repeats the answers: nothing is added twice, and its Difficulty column is no reason.
    expect(questions[0].answerText).not.toMatch(/Easy/);
    expect(questions[0].answerText.match(/B\)/g)).toHaveLength(1);
    expect(deck.sections.map((s) => s.title)).toEqual(['Questions']);
  });

  it('does not read a difficulty column as the reason for an answer', () => {
    const deck = read(['# Q', '', '### 1. Which is prime?', '', '- A) 4', '- B) 7', '', '### 2. Which is even?', '', '- A) 6', '- B) 9', '', '## Answers', '', '| Q | Answer | Level |', '|---|---|---|', '| 1 | B | Easy |', '| 2 | A | Hard |']);
    expect(allQuestions(deck).map((q) => q.cardText)).toEqual(['B) 7', 'A) 6']);
  });

  it('matches a key by place when the questions carry no numbers', () => {
    const deck = read(['# Networks', '', '### Which layer does TCP work at?', '', '- A) Network', '- B) Transport', '', '### Which port does HTTPS use?', '', '- A) 80', '- B) 443', '', '## Answers', '', '1-B, 2-B']);
    expect(allQuestions(deck).map((q) => q.cardText)).toEqual(['B) Transport', 'B) 443']);
    // A card from the key is no card the author forgot to write.
    expect(deck.diagnostics.filter((d) => d.code === 'no-card-answer')).toEqual([]);
  });

  it('leaves a section named "Answers" that is no key as it is', () => {
    const deck = read(['# Notes', '', '## Answers', '', '### Why write answers down?', '', 'Writing shows what you do not know yet.']);
    expect(deck.sections.map((s) => s.title)).toEqual(['Answers']);
    expect(allQuestions(deck)[0].cardText).toBe('Writing shows what you do not know yet.');
  });
});
