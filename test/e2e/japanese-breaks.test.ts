import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildDeckText } from '../helpers.js';
import { pdfBlocks } from '../pdf-lines.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

/**
 * Japanese is written without spaces, so a line may break between any two characters: titles and
 * card questions broke inside a word and left a character or two alone on their last line (the
 * cover's "データベース設計 — 面接問題|集", a card's "どんな場合で|すか？"), a table's column head
 * opened its second line with a long-vowel mark ("ダーティリ|ード"). Read from the printed cover,
 * cards and table: titles break between phrases, and no line opens with ー or a small kana.
 */
const QUESTIONS = [
  '複合インデックスが効かないのはどんな場合ですか？',
  '大きな表に列を追加するとき、何に気をつけますか？',
  'レプリケーション遅延が起きると、アプリに何が起きますか？',
];
const DECK = [
  '---',
  'lang: ja',
  '---',
  '',
  '# データベース設計 — 面接問題集',
  '',
  'バックエンド開発者のための問題集です。',
  '',
  '## 基礎',
  '',
  '### 分離レベルとは？',
  '',
  '> 同時に走るトランザクションが互いの途中結果をどこまで見えるかの取り決めです。',
  '',
  '| 分離レベル | ダーティリード | ファジーリード | ファントム |',
  '| --- | --- | --- | --- |',
  '| READ UNCOMMITTED | 起こりうる | 起こりうる | 起こりうる |',
  '| REPEATABLE READ | 起きない | 起きない | 起こりうる（PostgreSQLでは起きない） |',
  '',
  ...QUESTIONS.flatMap((q) => [`### ${q}`, '', '> ロックの種類と時間、統計情報、読み取りの遅れを確かめます。', '']),
].join('\n');

/** Lines printed in a PDF, spaces dropped (pdftotext spaces Latin words off from kana). */
const lines = (file: string) => pdfBlocks(file).flatMap((b) => b.lines.map((l) => ({ page: l.page, text: l.text.replace(/\s+/g, '') })));

/** The printed lines that together make up `text`, in order (the first run of lines that does). */
function linesOf(all: { page: number; text: string }[], text: string): string[] {
  for (let i = 0; i < all.length; i++) {
    const run: string[] = [];
    for (let j = i; j < all.length && text.startsWith(run.join('') + all[j].text); j++) {
      run.push(all[j].text);
      if (run.join('') === text) return run;
    }
  }
  return [];
}

describe('a Japanese deck’s line breaks', () => {
  let out = '';
  beforeAll(async () => {
    out = await buildDeckText('ja-breaks', DECK, ['guide', 'cards']);
  }, 120_000);

  it('breaks the cover title and the card questions between phrases', () => {
    const cover = linesOf(
      lines(path.join(out, 'guide.pdf')).filter((l) => l.page === 1),
      'データベース設計—面接問題集',
    );
    expect(cover.length, 'the cover title').toBeGreaterThan(0);
    expect(cover.at(-1)!.length, `cover title lines: ${cover.join(' | ')}`).toBeGreaterThanOrEqual(4);
    const cards = lines(path.join(out, 'cards.pdf'));
    for (const q of QUESTIONS) {
      const run = linesOf(cards, q);
      expect(run.length, q).toBeGreaterThan(0);
      expect(run.at(-1)!.length, `card lines: ${run.join(' | ')}`).toBeGreaterThanOrEqual(4);
    }
  });

  it('keeps a table’s column heads whole and opens no line with ー or a small kana', () => {
    const guide = lines(path.join(out, 'guide.pdf'));
    expect(guide.filter((l) => l.text.includes('ダーティリード')).length, 'the column head on one line').toBe(1);
    const opening = [...guide, ...lines(path.join(out, 'cards.pdf'))].filter((l) => /^[ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ]/u.test(l.text));
    expect(opening.map((l) => `p. ${l.page}: ${l.text}`)).toEqual([]);
  });
});
