import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';

const FIXTURE = 'test/fixtures/layouts/advice-part-numbered-ja/input.md';
const texts = (source: string) =>
  parseDeck(source, { file: 'bank.md', slug: 'bank' }).sections.flatMap((s) => s.questions.map((q) => q.text));

describe('a part of advice in a bank of another layout', () => {
  it('is read as notes only while none of its headings asks', () => {
    const source = readFileSync(FIXTURE, 'utf8');
    expect(texts(source)).toHaveLength(3);
    // One heading there that asks, with its mark or by its particle: the part holds questions, all kept.
    for (const asking of ['### 2. 相手の目を見ていますか？', '### 2. 相手の目を見ていますか']) {
      const asked = texts(source.replace('### 2. 相手の目を見る', asking));
      expect(asked).toHaveLength(6);
      expect(asked).toContain('結論から話す');
    }
  });

  it('keeps the only questions of a page of advice alone as they were read', () => {
    const source = readFileSync(FIXTURE, 'utf8').replace(/## よく聞かれる質問[\s\S]*?(?=## 面接を乗り切るためのコツ)/, '');
    expect(texts(source)).toEqual(['結論から話す', '相手の目を見る', '企業の商品を調べておく']);
  });
});
