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

/** The fonts (subset prefix left out) of the runs of text that hold `text` (one run per font change, no spaces inside). */
function fontsOf(pdf: string, text: string): string[] {
  const trace = execFileSync('mutool', ['trace', pdf], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const found = new Set<string>();
  for (const span of trace.split('<span ').slice(1)) {
    const font = /^font="(?:[A-Z]{6}\+)?([^"]+)"/.exec(span)?.[1] ?? '';
    const chars = [...span.matchAll(/<g unicode="([^"]*)"/g)].map((m) => m[1]).join('');
    if (chars.includes(text)) found.add(font);
  }
  return [...found].sort();
}

const OUTPUTS = ['guide', 'quiz', 'cards', 'cheatsheet'] as const;

describe('a Japanese, a Chinese and a Korean deck printed with the system CJK face', () => {
  let out = '';
  beforeAll(async () => {
    // CI installs fonts-noto-cjk (.ci/run): without a CJK face this test cannot say anything, so it fails.
    const ja = execFileSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' }).trim();
    const zh = execFileSync('fc-list', [':lang=zh-cn', 'family'], { encoding: 'utf8' }).trim();
    const ko = execFileSync('fc-list', [':lang=ko', 'family'], { encoding: 'utf8' }).trim();
    if (!ja || !zh || !ko)
      throw new Error('no installed font covers Japanese, Chinese and Korean: install fonts-noto-cjk (apt-get install fonts-noto-cjk) to run this test');
    const dir = await tempDir();
    await writeFile(
      path.join(dir, 'ja.md'),
      '---\nlang: ja\n---\n# 設計の面接\n\n## 基本\n\n### キャッシュを使う理由は?\n\n> 遅い処理の結果を手元に置き、次の読み取りを速くするためです。\n\n**古いデータ**を返す危険があるので、有効期限を決めます。\n\n### 冪等とは何ですか?\n\n> 同じ要求を何度送っても結果が変わらない性質です。\n',
    );
    await writeFile(
      path.join(dir, 'zh.md'),
      '---\nlang: zh\n---\n# 后端面试\n\n## 基础\n\n### 为什么要分页?\n\n> 一次只取一部分记录，减轻数据库和网络的负担。\n\n**游标分页**在大表上更稳定。\n',
    );
    await writeFile(
      path.join(dir, 'ko.md'),
      '---\nlang: ko\n---\n# 운영 면접\n\n## 기초\n\n### 로그와 지표는 어떻게 다른가요?\n\n> 로그는 사건마다 남기는 기록이고, 지표는 시간에 따라 모은 숫자입니다.\n\n**지표**는 대시보드와 경보에 쓰고, 로그는 원인을 찾을 때 읽습니다. Latency metrics are cheap to keep.\n',
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

  // fonts-noto-cjk installs a Mincho beside the Gothic: a Korean line of serif Latin printed its Hangul in the npm Gothic.
  it.each([
    ['ja', '危険があるので', '古いデータ', 'キャッシュを使う理由は', 'JP'],
    ['zh', '在大表上更稳定', '游标分页', '为什么要分页', 'SC'],
  ])('%s: the text is set in the serif CJK face, its bold too, and the question heading in a sans one', (deck, text, bold, heading, forms) => {
    const pdf = path.join(out, deck, 'guide.pdf');
    expect(fontsOf(pdf, text), text).toEqual([`NotoSerifCJK${forms.toLowerCase()}-Regular`]);
    expect(fontsOf(pdf, bold), bold).toContain(`NotoSerifCJK${forms.toLowerCase()}-Bold`);
    // The contents list the question in the text's face; its heading is in a Gothic (the npm Noto Sans KR for Korean).
    expect(
      fontsOf(pdf, heading).filter((f) => /^NotoSans(?:CJK|KR)/.test(f)),
      heading,
    ).not.toEqual([]);
  });

  // The npm Korean faces are installed here (development dependencies): they come before the installed Mincho and Gothic,
  // which differ from machine to machine. The text came out in Noto Serif CJK KR though the npm face was installed.
  it('ko: the text is set in the npm Noto Serif KR, its bold too, and the question heading in the npm Noto Sans KR', () => {
    const pdf = path.join(out, 'ko', 'guide.pdf');
    // Characters of the answer alone (the face comes in slices, one embedded font each: a word may span two).
    for (const ch of '대시경찾읽숫') expect(fontsOf(pdf, ch), ch).toEqual(['NotoSerifKR-Regular']);
    expect(fontsOf(pdf, '지')).toContain('NotoSerifKR-Bold');
    // A character of the heading (the contents list it in the text's face).
    expect(fontsOf(pdf, '른').filter((f) => f.startsWith('NotoSans'))).toEqual(['NotoSansKR-Bold']);
    for (const output of OUTPUTS) {
      const file = path.join(out, 'ko', `${output}.pdf`);
      const list = fonts(file);
      expect(
        list.filter((f) => f.type === 'Type 3' || /CJK/.test(f.name)),
        `ko/${output}.pdf`,
      ).toEqual([]);
      expect(boxes(file), `ko/${output}.pdf`).toBe(0);
    }
  });

  it('sets the Latin letters of a Korean answer in the bundled serif beside its Hangul', () => {
    expect(fontsOf(path.join(out, 'ko', 'guide.pdf'), 'Latency')).toEqual(['SourceSerif4-Regular']);
  });

  it('keeps the text searchable: the answer reads back from the PDF', () => {
    const text = execFileSync('pdftotext', [path.join(out, 'ja', 'guide.pdf'), '-'], { encoding: 'utf8' });
    expect(text.replace(/\s+/g, '')).toContain('同じ要求を何度送っても結果が変わらない性質です');
  });
});
