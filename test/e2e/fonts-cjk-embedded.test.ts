import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildWith, tempDir } from '../helpers.js';

/**
 * Japanese and Chinese text set in the system's CJK face (fonts-noto-cjk: PostScript outlines in
 * a .ttc) printed as Type 3 fonts with no name: blurry on some printers, unsearchable in some
 * viewers, twice the size. Every font of every output must now be a real embedded font.
 */

/** The fonts `pdffonts` lists: name and type. */
function fonts(pdf: string): { name: string; type: string }[] {
  const lines = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return lines.map((l) => ({ name: l.slice(0, 36).trim(), type: l.slice(37, 54).trim() }));
}

/** How many glyphs print as glyph 0 (an empty box). */
const boxes = (pdf: string): number => (execFileSync('mutool', ['trace', pdf], { encoding: 'utf8', maxBuffer: 64 << 20 }).match(/ glyph="0"/g) ?? []).length;

const OUTPUTS = ['guide', 'quiz', 'cards', 'cheatsheet'] as const;

describe('a Japanese and a Chinese deck printed with the system CJK face', () => {
  let out = '';
  beforeAll(async () => {
    // CI installs fonts-noto-cjk (.ci/run): without a CJK face this test cannot say anything, so it fails.
    const ja = execFileSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' }).trim();
    const zh = execFileSync('fc-list', [':lang=zh-cn', 'family'], { encoding: 'utf8' }).trim();
    if (!ja || !zh) throw new Error('no installed font covers Japanese and Chinese: install fonts-noto-cjk (apt-get install fonts-noto-cjk) to run this test');
    const dir = await tempDir();
    await writeFile(
      path.join(dir, 'ja.md'),
      '---\nlang: ja\n---\n# 設計の面接\n\n## 基本\n\n### キャッシュを使う理由は?\n\n> 遅い処理の結果を手元に置き、次の読み取りを速くするためです。\n\n**古いデータ**を返す危険があるので、有効期限を決めます。\n\n### 冪等とは何ですか?\n\n> 同じ要求を何度送っても結果が変わらない性質です。\n',
    );
    await writeFile(
      path.join(dir, 'zh.md'),
      '---\nlang: zh\n---\n# 后端面试\n\n## 基础\n\n### 为什么要分页?\n\n> 一次只取一部分记录，减轻数据库和网络的负担。\n\n**游标分页**在大表上更稳定。\n',
    );
    out = path.join(dir, 'out');
    // In this process, on the shared browser (the system faces are the machine's, whichever Chromium reads them).
    const { result } = await buildWith({ paths: [dir], outDir: out, cache: false, outputs: [...OUTPUTS] });
    expect(result.failed).toEqual([]);
  });

  it.each(['ja', 'zh'])('%s: every font of every output is embedded as a real font, none as Type 3', (deck) => {
    for (const output of OUTPUTS) {
      const pdf = path.join(out, deck, `${output}.pdf`);
      const list = fonts(pdf);
      expect(
        list.filter((f) => f.type === 'Type 3'),
        `${deck}/${output}.pdf`,
      ).toEqual([]);
      // The CJK text is in the system face, by name, in its real bold too (nothing emboldened by the browser).
      expect(
        list.some((f) => /CJK/i.test(f.name) && f.type === 'CID TrueType'),
        `${deck}/${output}.pdf: ${list.map((f) => f.name).join(', ')}`,
      ).toBe(true);
      expect(boxes(pdf), `${deck}/${output}.pdf`).toBe(0);
    }
    expect(fonts(path.join(out, deck, 'guide.pdf')).some((f) => /CJK\w*-Bold/.test(f.name))).toBe(true);
  });

  it('keeps the text searchable: the answer reads back from the PDF', () => {
    const text = execFileSync('pdftotext', [path.join(out, 'ja', 'guide.pdf'), '-'], { encoding: 'utf8' });
    expect(text.replace(/\s+/g, '')).toContain('同じ要求を何度送っても結果が変わらない性質です');
  });
});
