import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadDeck } from '../../src/content/load-deck.js';
import { allQuestions } from '../../src/model/deck.js';

// A Chinese question with words run on after its `？` (fixture list-program-tasks-zh-hant): an answer,
// unless those words ask again or bid, when they are still the question's.
async function read(lines: string[]) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'run-on-')), 'bank.md');
  writeFileSync(file, ['# 面試題', '', '## 基礎', '', ...lines, ''].join('\n'));
  return allQuestions(await loadDeck(file)).map((q) => ({ text: q.text, open: Boolean(q.open) }));
}

describe('a Chinese question with words run on after its question mark', () => {
  it('reads the words as its answer', async () => {
    expect(await read(['1. 什麼是閉包？ 函式記住它被建立時的作用域。', '2. 什麼是 CORS？ 瀏覽器依標頭決定能否跨來源讀取。'])).toEqual([
      { text: '什麼是閉包？', open: false },
      { text: '什麼是 CORS？', open: false },
    ]);
  });

  it('keeps a follow-up question or a bid in the question', async () => {
    expect(await read(['1. 什麼是閉包？為什麼需要它？', '2. 什麼是事件迴圈？請舉例說明。'])).toEqual([
      { text: '什麼是閉包？為什麼需要它？', open: true },
      { text: '什麼是事件迴圈？請舉例說明。', open: true },
    ]);
  });
});
