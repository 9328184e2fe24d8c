import { beforeAll, describe, expect, it } from 'vitest';
import { execFile, execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { tempDir } from '../helpers.js';

/**
 * A machine with no system font for kana or hanzi, made here without removing any: a fontconfig
 * that lists the Latin folders only (DejaVu, Liberation), given to the CLI and its Chromium by
 * FONTCONFIG_FILE. The Korean face from npm (a development dependency here) is then the last
 * face for kana and ideographs, so a Japanese or Chinese deck prints text, not boxes.
 */

const run = promisify(execFile);

/** The glyphs a PDF prints, as [character, glyph id] pairs (glyph 0 is .notdef, an empty box). */
function glyphs(pdf: string): Array<[string, number]> {
  const trace = execFileSync('mutool', ['trace', pdf], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return [...trace.matchAll(/<g unicode="([^"]*)" glyph="(\d+)"/g)].map((m) => [m[1], Number(m[2])]);
}

describe('a Japanese and a Chinese deck on a machine with no system CJK font', () => {
  let out = '';
  let stderr = '';
  let ja = '';
  beforeAll(async () => {
    const dir = await tempDir();
    const conf = path.join(dir, 'fonts.conf');
    await writeFile(
      conf,
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>/usr/share/fonts/truetype/dejavu</dir>\n  <dir>/usr/share/fonts/truetype/liberation</dir>\n  <cachedir>${dir}/fc-cache</cachedir>\n</fontconfig>\n`,
    );
    ja = path.join(dir, 'ja.md');
    await writeFile(
      ja,
      '---\nlang: ja\n---\n# インフラ面接\n\n## 基本\n\n### コンテナとは何ですか?\n\n> 依存関係をまとめて、同じ環境で動かす仕組みです。\n\n**国境**を越えて動きます。ひらがなとカタカナ。\n',
    );
    await writeFile(path.join(dir, 'zh.md'), '---\nlang: zh\n---\n# 后端面试\n\n## 基础\n\n### 什么是索引?\n\n> 索引让数据库更快地找到数据。\n');
    out = path.join(dir, 'out');
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FONTCONFIG_FILE: conf };
    delete env.STUDYGUIDE_BROWSER_WS_ENDPOINT;
    ({ stderr } = await run(process.execPath, ['bin/studyguide.js', 'build', dir, '--out', out, '--no-cache', '--outputs', 'guide'], { env }));
  });

  /** The characters the no-font warnings name. */
  const warned = () => new Set([...stderr.split('\n').filter((l) => l.includes('cannot print'))].flatMap((l) => [.../cannot print ([^(:]*)/.exec(l)![1]]));
  const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

  it('prints every kana with a real glyph, and all but three kanji, each warned about', () => {
    // A box (glyph 0) reads back as U+FFFD, so the kana are counted as printed: every one of the deck's is.
    const printed = glyphs(path.join(out, 'ja', 'guide.pdf'));
    const printedKana = new Set(printed.filter(([ch, g]) => g !== 0 && KANA.test(ch)).map(([ch]) => ch));
    expect(
      [...'インフラ面接コンテナとは何ですかをまめ同じでかす仕組みです越えてきひらがなカタカナ'].filter((ch) => KANA.test(ch) && !printedKana.has(ch)),
    ).toEqual([]);
    // Before: 94 boxes. Now 関 and 国 in the answer (the Korean face has their traditional forms only) and 学 on the cover.
    expect(printed.filter(([, g]) => g === 0)).toHaveLength(3);
    for (const ch of '関国学') expect(warned(), ch).toContain(ch);
    expect([...warned()].filter((ch) => KANA.test(ch))).toEqual([]);
    expect(stderr).toContain(`${ja}:12: warning: cannot print 国`);
    expect(stderr).toMatch(/ja\.md:1: warning: cannot print [^ ]*学[^ ]* of the labels/);
    expect(stderr).toContain('prints in the Korean face, in Korean forms');
  });

  it('prints most of a Chinese deck: the Korean face lacks many simplified hanzi, each warned about', () => {
    const zh = glyphs(path.join(out, 'zh', 'guide.pdf')).filter(([ch]) => ch === '\ufffd' || /\p{Script=Han}/u.test(ch));
    expect(zh.length).toBeGreaterThan(40);
    expect(zh.filter(([, g]) => g !== 0).length / zh.length).toBeGreaterThan(0.6);
    for (const ch of '试么让') expect(warned(), ch).toContain(ch);
  });
});
