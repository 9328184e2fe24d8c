import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';

// A multiple-choice bank names its right options by letter on an answer line: "✅ 正确答案：A、B、C"
// (Chinese "correct answer"), "✅ Correct answer: C", "Answer: B". A letter means nothing on a card
// studied away from the question: the card is the options it names, as for ticked options.
const QUIZ = [
  '# 第 3 章：包管理 - 面试题',
  '',
  '## 第 1 题 🟡',
  '',
  '**类型：** 多选题',
  '',
  '### 题目',
  '',
  '以下哪些做法能加快安装？',
  '',
  '**选项：**',
  '- A. 使用镜像源',
  '- B. 启用缓存',
  '- C. 使用 --prefer-offline',
  '- D. 删除锁文件',
  '',
  '<details>',
  '<summary>查看答案</summary>',
  '',
  '### ✅ 正确答案：A、B、C',
  '',
  '### 📖 解析',
  '',
  '删除锁文件只会让解析变慢。',
  '',
  '</details>',
  '',
  '## 第 2 题 🟢',
  '',
  '**类型：** 单选题',
  '',
  '### 题目',
  '',
  '哪个命令按锁文件安装依赖？',
  '',
  '**选项：**',
  '- A. npm install',
  '- B. npm ci',
  '',
  '<details>',
  '<summary>查看答案</summary>',
  '',
  '### ✅ 正确答案：B',
  '',
  '</details>',
  '',
].join('\n');

const EXAM = [
  '# Networking Quiz',
  '',
  '## Basics',
  '',
  '### 1. Which port does HTTPS use by default?',
  '',
  'A) 21',
  'B) 80',
  'C) 443',
  'D) 8080',
  '',
  '✅ Correct answer: C',
  '',
  'HTTPS is HTTP over TLS and listens on 443.',
  '',
  '### 2. Which layer does IP belong to?',
  '',
  'A) Link',
  'B) Network',
  'C) Transport',
  '',
  'Answer: B',
  '',
  '### 3. Which of these are transport protocols?',
  '',
  '- A) TCP',
  '- B) UDP',
  '- C) ARP',
  '',
  '✅ Correct answer: A, B',
  '',
  'Both carry application data between ports.',
  '',
  '### 4. Which record maps a name to an IPv6 address?',
  '',
  '- A) A',
  '- B) AAAA',
  '',
  'Answer: E',
  '',
].join('\n');

describe('a multiple-choice answer line naming its options by letter', () => {
  it('gives the named options as the card, several of them joined as ticked options are', () => {
    const [several, one] = allQuestions(parseDeck(QUIZ, { file: 'npm.md', slug: 'npm' }));
    expect(several.cardText).toBe('A. 使用镜像源; B. 启用缓存; C. 使用 --prefer-offline');
    expect(one.cardText).toBe('B. npm ci');
    // The options print with the question, the line with the answer.
    expect(several.promptText).toContain('D. 删除锁文件');
  });

  it('prints the named options in the answer too, under the bank\'s own type line', () => {
    const [several, one] = allQuestions(parseDeck(QUIZ, { file: 'npm.md', slug: 'npm' }));
    // "**类型：** 多选题" stays; the raw "✅ 正确答案：A、B、C" becomes the options it names, in bold.
    expect(several.answerText).not.toContain('正确答案');
    expect(several.answerHtml).toContain('<strong>A. 使用镜像源; B. 启用缓存; C. 使用 --prefer-offline</strong>');
    expect(one.answerHtml).toMatch(/^<p><strong>类型：<\/strong> 单选题<\/p>\s*<p><strong>B\. npm ci<\/strong><\/p>/);
  });

  it('reads "✅ Correct answer:" and "Answer:" under lettered options in English', () => {
    const [https, ip, transport, wrong] = allQuestions(parseDeck(EXAM, { file: 'net.md', slug: 'net' }));
    expect(https.cardText).toMatch(/^C\) 443\b/);
    expect(https.promptText).toMatch(/^A\) 21/);
    expect(https.answerText).not.toMatch(/Correct answer|A\) 21/);
    expect(ip.cardText).toBe('B) Network');
    expect(transport.cardText).toMatch(/^A\) TCP; B\) UDP\b/);
    expect(transport.answerText).toMatch(/^A\) TCP; B\) UDP/);
    // A letter no option has is left as written.
    expect(wrong.cardText).toBe('E');
  });
});
