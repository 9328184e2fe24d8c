import { describe, expect, it } from 'vitest';
import { findDuplicates } from '../../src/check/duplicates.js';
import type { Question } from '../../src/model/deck.js';

const questions = (...texts: string[]): Question[] => texts.map((text, i) => ({ text, number: i + 1, line: 10 * (i + 1) }) as Question);
const codes = (...texts: string[]) => findDuplicates('deck.md', questions(...texts)).map((f) => f.code);

describe('duplicate questions', () => {
  it.each([
    ['What does Array.prototype.slice() do?', 'What does Array.prototype.splice() do?'],
    ['What is let?', 'What is set?'],
    ['Is this call synchronous?', 'Is this call asynchronous?'],
    ['What is encryption at rest?', 'What is decryption at rest?'],
    ['What is a mutable object?', 'What is an immutable object?'],
    ['How do you import a module?', 'How do you export a module?'],
    ['What is TCP?', 'What is UDP?'],
    ['What is the difference between a process and a thread?', 'What is the difference between a progress and a thread?'],
    ['What does git fetch do?', 'What does git fetch not do?'],
    ['What is HTTP/2?', 'What is HTTP/3?'],
    // One character is a word in Chinese and Japanese: strength and weakness, not a slip of typing.
    ['あなたの強みは何ですか？', 'あなたの弱みは何ですか？'],
    ['进程和线程的区别是什么？', '进程和协程的区别是什么？'],
  ])('"%s" and "%s" are different questions', (a, b) => {
    expect(codes(a, b)).toEqual([]);
  });

  it.each([
    ['What is DNS?', 'What is DNS?', 'duplicate-question'],
    ['What is DNS?', 'what is dns', 'duplicate-question'],
    ['What is a DNS record?', 'What are DNS records?', 'near-duplicate'],
    ['How does a load balancer pick a backend?', 'Pick a backend: how does a load balancer?', 'near-duplicate'],
    ['What is a Kubernetes namespace?', 'What is a Kuberentes namespace?', 'near-duplicate'],
    ['Explain the difference between authentication and authorization.', 'Explain the difference between authentication and authorisation.', 'near-duplicate'],
  ])('"%s" and "%s" are the same question', (a, b, code) => {
    expect(codes(a, b)).toEqual([code]);
  });

  it('tells questions of the same words apart by what they ask about (their listing, their options)', () => {
    const asked = (text: string, promptText?: string, i = 0) => ({ text, promptText, number: i + 1, line: 10 * (i + 1) }) as Question;
    const found = (...qs: Question[]) => findDuplicates('deck.md', qs).map((f) => f.code);
    expect(found(asked('What does this print?', 'print(1 + 1)'), asked('What does this print?', "print('1' * 2)", 1))).toEqual([]);
    expect(found(asked('What does this print?', 'print(1 + 1)'), asked('What does this print?', 'print(1 + 1)', 1))).toEqual(['duplicate-question']);
  });

  it('reports the later question, naming the earlier one, as a warning', () => {
    const [f] = findDuplicates('deck.md', questions('What is a Kubernetes namespace?', 'What is a Kuberentes namespace?'));
    expect(f).toMatchObject({ line: 20, level: 'warning' });
    expect(f.message).toContain('Q1 on line 10');
  });

  it('passes over a question of one 20,000-letter word in moments (refused by its length elsewhere)', () => {
    // Each letter masked made a key the length of the question: 40,000 keys of 20,000 characters,
    // so `check` of such a heading ran on for minutes.
    const started = performance.now();
    expect(codes('h'.repeat(20_000), 'h'.repeat(19_999))).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
