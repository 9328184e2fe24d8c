import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';

// Banks write a question's tags on a labelled line right under it, in their own language and
// with the label in bold or not: `**标签：** a, b`, `**Tags:** a`, `**Tags**: a`, `Tags: a`.
// Left in the answer, the line printed as its first words and on its card.
const BANK = [
  '# DNS Questions',
  '',
  '## Records',
  '',
  '### 1. What is a CNAME?',
  '',
  '**标签：** DNS、别名',
  '',
  'An alias from one name to another name.',
  '',
  '### 2. What does a zone transfer do?',
  '',
  '**Type:** open  ',
  '**Tags**: DNS, Security',
  '',
  "It copies a zone's records from a primary server to a secondary.",
  '',
  '### 3. What is an SOA record?',
  '',
  'Теги: dns, зона',
  '',
  'The record that names the primary server of a zone and its timers.',
  '',
  '### 4. What is a PTR record?',
  '',
  'The reverse of an A record: it maps an address to a name.',
  '',
  'Tags: these are looked up under in-addr.arpa.',
  '',
].join('\n');

// A multiple-choice bank numbering its questions in headings, with its type and tags above the question.
const QUIZ = [
  '# 第 3 章：Git 分支 - 练习题',
  '',
  '## 第 1 题 🟢',
  '',
  '**类型：** 单选题  ',
  '**标签：** 分支基础, 切换',
  '',
  '### 题目',
  '',
  '哪个命令可以新建并切换到一个分支？',
  '',
  '**选项：**',
  '- A. git branch -d dev',
  '- B. git switch -c dev',
  '',
  '<details>',
  '<summary>查看答案</summary>',
  '',
  '### ✅ 正确答案：B',
  '',
  '`git switch -c` 先建分支再切换过去。',
  '',
  '</details>',
  '',
  '## 第 2 题 🔴',
  '',
  '**类型：** 简答题',
  '',
  '### 题目',
  '',
  'rebase 和 merge 的区别是什么？',
  '',
  '<details>',
  '<summary>查看答案</summary>',
  '',
  'rebase 把提交放到目标分支之上；merge 保留分叉。',
  '',
  '</details>',
  '',
].join('\n');

describe('tag lines under a question', () => {
  const questions = allQuestions(parseDeck(BANK, { file: 'dns.md', slug: 'dns' }));

  it("become the question's tags, in any language and with the label bold or not", () => {
    expect(questions.map((q) => q.tags)).toEqual([['dns', '别名'], ['dns', 'security'], ['dns', 'зона'], []]);
  });

  it('leave the answer and the card', () => {
    const [cname, transfer, soa] = questions;
    expect(cname.answerText).toBe('An alias from one name to another name.');
    expect(cname.cardText).toBe('An alias from one name to another name.');
    expect(soa.answerText).not.toMatch(/Теги/);
    // The other lines of the bank's own (its type) stay where they were.
    expect(transfer.answerText).toMatch(/^Type: open/);
    expect(transfer.answerText).not.toMatch(/Tags|Security/);
  });

  it('are only read right under the question: further down the answer they are its words', () => {
    expect(questions[3].answerText).toContain('Tags: these are looked up under in-addr.arpa.');
  });

  it('are read in a quiz that writes them above the question, beside its type', () => {
    const [branch, rebase] = allQuestions(parseDeck(QUIZ, { file: 'git.md', slug: 'git' }));
    expect(branch.tags).toEqual(['分支基础', '切换']);
    expect(branch.answerText).not.toMatch(/标签/);
    expect(branch.answerText).toMatch(/类型/);
    expect(rebase.tags).toEqual([]);
  });

  it('are read in a deck of our own too', () => {
    const [q] = allQuestions(parseDeck('# T\n\n## S\n\n### What is a TTL?\n\n**标签：** dns\n\n> How long a record may be cached.\n', { file: 't.md', slug: 't' }));
    expect(q.tags).toEqual(['dns']);
    expect(q.cardText).toBe('How long a record may be cached.');
  });
});
