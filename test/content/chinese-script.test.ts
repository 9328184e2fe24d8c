import { describe, expect, it } from 'vitest';
import { readLanguage } from '../../src/content/detect-language.js';
import { parseDeck } from '../../src/content/parse-deck.js';
import { labelsFor } from '../../src/model/labels.js';
import { assetDirs } from '../../src/render/assets.js';
import { createGuideRenderer } from '../../src/render/render-guide.js';

// A Chinese bank is read in the script it is written in: Traditional (Taiwan, Hong Kong) prints
// 第1題 and 目錄, Simplified 第1题 and 目录, each in its own script's font forms.
const traditional = '# 軟體工程師常見題\n\n## 問題\n\n### 什麼是物件導向的三大特性？\n\n> 封裝、繼承與多型，這是設計類別時最常被問到的題目。\n\n### 為什麼要寫測試？\n\n> 讓變更時能發現錯誤，這點對團隊很重要。\n';
const simplified = '# 软件工程师常见题\n\n## 问题\n\n### 什么是面向对象的三大特性？\n\n> 封装、继承与多态，这是设计类时最常被问到的题目。\n\n### 为什么要写测试？\n\n> 让变更时能发现错误，这点对团队很重要。\n';

describe('Chinese in its two scripts', () => {
  it('reads a deck written in Traditional characters as zh-Hant, and one in Simplified as zh', () => {
    expect(readLanguage(traditional).lang).toBe('zh-Hant');
    expect(readLanguage(simplified).lang).toBe('zh');
    // A short one, told by its script alone, as well.
    expect(readLanguage('## 問題\n\n### 這是什麼？\n\n> 說明。').lang).toBe('zh-Hant');
  });

  it('labels zh-Hant, zh-TW and zh-HK in Traditional characters, zh and zh-CN in Simplified', () => {
    for (const tag of ['zh-Hant', 'zh-TW', 'zh-hk', 'zh-Hant-TW']) expect([tag, labelsFor(tag).contents, labelsFor(tag).questionNumber]).toEqual([tag, '目錄', '第{n}題']);
    for (const tag of ['zh', 'zh-CN', 'zh-Hans']) expect([tag, labelsFor(tag).contents]).toEqual([tag, '目录']);
  });

  it('prints a Traditional deck’s guide with Traditional labels', () => {
    const html = createGuideRenderer(assetDirs())(parseDeck(traditional, { file: 'deck.md', slug: 'deck' }), { paper: 'a4' });
    expect(html).toContain('lang="zh-Hant"');
    expect(html).toContain('目錄');
    expect(html).toContain('第1題');
    expect(html).not.toContain('第1题');
  });
});
