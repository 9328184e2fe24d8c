import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { woff2CodePoints } from '../../src/render/font-cmap.js';
import { bundledCodePoints, fontconfigCoverage, fontHint, SURELY_COVERED, uncoveredLines } from '../../src/render/font-coverage.js';
import { bundledFontFiles, fontCss, fontFileFor, fontStacks, FONT_ORIGIN, installedOptionalFaces, optionalFaces } from '../../src/render/fonts.js';
import { mkdir, realpath, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { tempDir } from '../helpers.js';
import { rangesWithout } from '../../src/render/installed-ranges.js';
import { SYSTEM_CJK } from '../../src/render/system-cjk-faces.js';
import { labelsFor } from '../../src/model/labels.js';

const cp = (ch: string) => ch.codePointAt(0)!;

describe('bundled fonts', () => {
  it('reads a WOFF2 cmap: the Latin serif has letters and quotes, not arrows', () => {
    const serif = bundledFontFiles().find((f) => f.name.endsWith('source-serif-4-latin-400-normal.woff2'))!;
    const points = woff2CodePoints(readFileSync(serif.file));
    for (const ch of 'Aaz’“…—') expect(points.has(cp(ch)), ch).toBe(true);
    for (const ch of '→Д🚀') expect(points.has(cp(ch)), ch).toBe(false);
  });

  it('covers Latin, Cyrillic, Greek, Vietnamese, Arabic (with Persian and Urdu letters), Hebrew, Devanagari, Thai, arrows, maths signs and emoji between them', () => {
    const covered = bundledCodePoints();
    for (const ch of 'AžДЖλΩếđ→≤≠✓✗✅❌🚀⚠عپیہےۓ۔אשתकप्रशनคำถาม') expect(covered.has(cp(ch)), ch).toBe(true);
    for (const ch of 'কᚠ\ue000') expect(covered.has(cp(ch)), ch).toBe(false);
  });

  it('prints every character a deck may skip the font check for (SURELY_COVERED), or needs no face for it', () => {
    const covered = bundledCodePoints();
    const skipped: string[] = [];
    for (let point = 0; point <= 0xffff; point++) {
      const ch = String.fromCodePoint(point);
      if (SURELY_COVERED.test(ch) && !covered.has(point) && !/\p{Cc}/u.test(ch)) skipped.push(ch);
    }
    expect(skipped).toEqual([]);
  });

  it("reads the English labels as surely printed: an English deck's label check decodes no face", () => {
    const labels = JSON.stringify(labelsFor('en'));
    expect([...labels].filter((ch) => !SURELY_COVERED.test(ch))).toEqual([]);
  });

  it('covers Hangul with the Korean face installed (a development dependency here), from its slices, before the maths and emoji faces', () => {
    expect(optionalFaces().map((f) => f.family)).toContain('Noto Sans KR');
    const covered = bundledCodePoints();
    for (const ch of '컨테이너한국어') expect(covered.has(cp(ch)), ch).toBe(true);
    expect(fontStacks({}, 'ko').body).toMatch(/"Noto Sans Thai", "Noto Serif KR", "Noto Sans KR", "Fira Code", "Noto Sans Math"/);
    // Its Latin, Cyrillic and Vietnamese subsets are not loaded: those stay in the bundled faces.
    const korean = bundledFontFiles().filter((f) => f.family === 'Noto Sans KR');
    expect(korean.length).toBeGreaterThan(100);
    expect(korean.filter((f) => /-(latin|latin-ext|cyrillic|vietnamese)-/.test(f.name))).toEqual([]);
  });

  it("sets a Korean deck's text in a Mincho, npm faces before installed ones, its headings and code in the Gothics", () => {
    const face = (pkg: string, family: string) => ({ pkg, family, dir: '', version: '' });
    const serifKr = face('@fontsource/noto-serif-kr', 'Noto Serif KR');
    const sansKr = face('@fontsource/noto-sans-kr', 'Noto Sans KR');
    const cjk = (stack: string) => stack.slice(stack.indexOf('"Noto Sans Thai", ') + 18, stack.indexOf(', "Fira Code"'));
    const { serif, sans } = SYSTEM_CJK;
    // Both npm faces: they set the Hangul before any installed face, which differs from machine to machine.
    // An installed Noto Serif CJK KR came first in the text, though Noto Sans KR was installed for pages that travel.
    const both = fontStacks({}, 'ko', false, SYSTEM_CJK, [sansKr, serifKr]);
    expect(cjk(both.body)).toBe(`"Noto Serif KR", "Noto Sans KR", "${serif}", "${sans}"`);
    expect(cjk(both.head)).toBe(`"Noto Sans KR", "Noto Serif KR", "${sans}"`);
    expect(both.mono).toMatch(/^"Source Code Pro", .*"Noto Sans Thai", "Noto Sans KR", "Noto Serif KR", "Studyguide System CJK Sans", "Noto Sans Math"/);
    expect(cjk(fontStacks({}, 'ko', false, { sans }, [sansKr, serifKr]).body)).toBe(`"Noto Serif KR", "Noto Sans KR", "${sans}"`);
    // The Gothic alone from npm: it sets the text too, ahead of an installed Mincho (travelling wins).
    const sansOnly = fontStacks({}, 'ko', false, SYSTEM_CJK, [sansKr]);
    expect(cjk(sansOnly.body)).toBe(`"Noto Sans KR", "${serif}", "${sans}"`);
    expect(cjk(sansOnly.head)).toBe(`"Noto Sans KR", "${sans}"`);
    expect(cjk(fontStacks({}, 'ko', false, { sans }, [sansKr]).body)).toBe(`"Noto Sans KR", "${sans}"`);
    // No npm Korean face: the installed Mincho for the text, the installed Gothic after it and for headings.
    const none = fontStacks({}, 'ko', false, SYSTEM_CJK, []);
    expect(cjk(none.body)).toBe(`"${serif}", "${sans}"`);
    expect(cjk(none.head)).toBe(`"${sans}"`);
    expect(cjk(fontStacks({}, 'ko', false, { sans }, []).body)).toBe(`"${sans}"`);
    // Outside a Korean deck the Korean Mincho sets the text's Hangul alone (its ideographs have Korean
    // forms), ahead of the Gothic's Hangul; headings keep the Gothic.
    const ja = fontStacks({}, 'ja', false, {}, [sansKr, serifKr]);
    expect(ja.body).not.toContain('"Noto Serif KR"');
    expect(ja.body).toContain('"Noto Serif KR Hangul", "Noto Sans KR Hangul"');
    expect(ja.head).not.toContain('Noto Serif KR');
  });

  it('sets ideographs in the Korean face only in a Korean deck: elsewhere it draws Hangul alone', () => {
    // A Japanese deck printed its kanji in Korean forms, and those the Korean slices lack (揃, 処) in a system face.
    expect(fontStacks({}, 'ja').body).toMatch(/"Noto Sans Thai", "Noto Serif KR Hangul", "Noto Sans KR Hangul", "Fira Code", "Noto Sans Math"/);
    expect(fontStacks({}, 'ja').head).toMatch(/"Noto Sans Thai", "Noto Sans KR Hangul", "Fira Code", "Noto Sans Math"/);
    expect(fontStacks().body).not.toMatch(/"Noto Sans KR"/);
    const rules = fontCss().match(/@font-face\s*\{[^}]*\}/g) ?? [];
    const hangulOnly = rules.filter((r) => r.includes('"Noto Sans KR Hangul"') || r.includes('"Noto Serif KR Hangul"'));
    expect(hangulOnly.filter((r) => r.includes('"Noto Serif KR Hangul"')).length).toBeGreaterThan(10);
    expect(hangulOnly.filter((r) => r.includes('"Noto Sans KR Hangul"')).length).toBeGreaterThan(10);
    for (const rule of hangulOnly) {
      const ranges = /unicode-range: ([^;}]*)/.exec(rule)?.[1].split(',') ?? [];
      for (const range of ranges) {
        const [a, b = a] = range
          .replace('U+', '')
          .split('-')
          .map((h) => parseInt(h, 16));
        expect(
          [a, b].every((p) => (p >= 0x1100 && p <= 0x11ff) || (p >= 0x3130 && p <= 0x318f) || (p >= 0xa960 && p <= 0xa97f) || (p >= 0xac00 && p <= 0xd7ff)),
          range,
        ).toBe(true);
      }
    }
  });

  it('finds a Chinese, Japanese or Korean face installed in the project it runs in, with its version', async () => {
    const project = await tempDir();
    const dir = path.join(project, 'node_modules', '@fontsource', 'noto-sans-jp');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'package.json'), JSON.stringify({ name: '@fontsource/noto-sans-jp', version: '5.9.9' }));
    const found = installedOptionalFaces(project).find((f) => f.pkg === '@fontsource/noto-sans-jp');
    expect(found).toEqual({ pkg: '@fontsource/noto-sans-jp', family: 'Noto Sans JP', dir: await realpath(dir), version: '5.9.9' });
    expect(installedOptionalFaces(await tempDir()).map((f) => f.pkg)).not.toContain('@fontsource/noto-sans-jp');
  });

  it('answers only addresses of bundled files', () => {
    const [first] = bundledFontFiles();
    expect(fontFileFor(FONT_ORIGIN + first.name)).toBe(first.file);
    expect(fontFileFor(`${FONT_ORIGIN}../../package.json`)).toBeUndefined();
    expect(fontFileFor('https://example.com/x.woff2')).toBeUndefined();
    expect(fontCss()).not.toMatch(/url\((?!"https:\/\/fonts\.studyguide\.invalid\/)/);
  });

  it("puts bundled faces before any generic family, and a deck's own families first (code stays monospaced)", () => {
    const stacks = fontStacks({ body: ['Charter'], head: ['Charter'], monoFallback: ['Charter'] });
    expect(stacks.body).toMatch(
      /^"Charter", "Source Serif 4", "Source Sans 3", .*"Noto Sans Arabic", "Noto Sans Hebrew", "Noto Sans Devanagari", "Noto Sans Thai", .*"Noto Emoji", serif$/,
    );
    // Its upright Cyrillic and Greek next, for its italic, which has none.
    expect(stacks.mono).toMatch(/^"Source Code Pro", "Source Code Pro Upright", "Fira Code", "Charter", /);
    expect(fontStacks().head).toMatch(/^"Source Sans 3", /);
  });
});

describe('the Korean face as the last one for kana and ideographs', () => {
  it('takes out of ranges the parts another font has', () => {
    const kana: [number, number][] = [
      [0x3040, 0x30ff],
      [0x4e00, 0x4e10],
    ];
    expect(
      rangesWithout(kana, [
        [0x20, 0x7e],
        [0x3041, 0x3096],
        [0x30a0, 0x30ff],
        [0x4e05, 0x4e05],
      ]),
    ).toEqual([
      [0x3040, 0x3040],
      [0x3097, 0x309f],
      [0x4e00, 0x4e04],
      [0x4e06, 0x4e10],
    ]);
    expect(rangesWithout(kana, [])).toEqual(kana);
    expect(rangesWithout(kana, [[0, 0x10ffff]])).toEqual([]);
  });

  it('sets only characters no installed font has: a system CJK face keeps every one it has', async () => {
    const rules = (fontCss({}, 'ja', true).match(/@font-face\s*\{[^}]*\}/g) ?? []).filter((r) => r.includes('"Noto Sans KR Last Resort"'));
    const firsts = rules.flatMap((r) => (/unicode-range: ([^;}]*)/.exec(r)?.[1].split(',') ?? []).map((range) => parseInt(range.replace('U+', ''), 16)));
    for (const point of firsts) expect(await fontconfigCoverage(point), point.toString(16)).toBe(false);
    // This machine has a system face for kana (fonts-noto-cjk): then the Korean face sets none.
    if (await fontconfigCoverage(cp('あ'))) expect(fontStacks({}, 'ja', true).body).not.toContain('Last Resort');
    expect(fontStacks({}, 'ko').body).not.toContain('Last Resort');
  });
});

describe('uncovered characters', () => {
  const noSystemFont = async () => false;
  it('names each line with characters no font has, as runs', async () => {
    const deck = 'plain line\nWhat is প্রশ্ন and উত্তর?\nCyrillic Привет is fine ✅\n\ue000 sign';
    const lines = await uncoveredLines(deck, noSystemFont);
    expect(lines.map((l) => [l.line, l.text])).toEqual([
      [2, 'প্রশ্ন উত্তর'],
      [4, '\ue000'],
    ]);
  });

  it('names the npm face that prints a Chinese, Japanese or Korean line the same on every machine', () => {
    const hint = (text: string) => /run `(npm install [^`]+)`/.exec(fontHint([...text].map(cp), []))?.[1] ?? 'none';
    expect(['简体中文', 'カタカナ', '注音ㄅㄆ', '한국어', 'প্রশ্ন'].map(hint)).toEqual([
      'npm install @fontsource/noto-sans-sc',
      'npm install @fontsource/noto-sans-jp',
      'npm install @fontsource/noto-sans-tc',
      'npm install @fontsource/noto-sans-kr',
      'none',
    ]);
  });

  it('never offers a face that is installed already: it lacks the character (a jamo vowel, U+1161)', () => {
    const withKorean = fontHint([0x1161], ['@fontsource/noto-sans-kr']);
    expect(withKorean).not.toMatch(/npm install/);
    expect(withKorean).toBe('the installed @fontsource/noto-sans-kr has no glyph for it either: install fonts-noto-cjk, or set `fonts`');
    expect(fontHint([0x1161], [])).toMatch(/npm install @fontsource\/noto-sans-kr/);
  });

  it("counts the Korean face's kana and kanji as printed only in a Korean deck, whose page alone sets them in it", async () => {
    // A Japanese deck with only @fontsource/noto-sans-kr installed (a development dependency here) and no
    // system face for kana: クロージャ printed as boxes, and only the kanji the Korean slices lack were warned about.
    expect(optionalFaces().map((f) => f.pkg)).toContain('@fontsource/noto-sans-kr');
    const ja = await uncoveredLines('# 見出し\nクロージャとは\nHangul 한국어 only', noSystemFont, 'ja');
    expect(ja.map((l) => [l.line, l.text])).toEqual([
      [1, '見出し'],
      [2, 'クロージャとは'],
    ]);
    expect(await uncoveredLines('クロージャ 한국어', noSystemFont, 'ko')).toEqual([]);
  });

  it("names the face of the deck's language for its ideographs: a Japanese deck's kanji want the Japanese face", () => {
    const hint = (text: string, lang?: string) => /run `(npm install [^`]+)`/.exec(fontHint([...text].map(cp), [], lang))?.[1] ?? 'none';
    expect([hint('説明', 'ja'), hint('説明', 'zh-TW'), hint('説明'), hint('한국어', 'ja'), hint('প্রশ্ন', 'ja')]).toEqual([
      'npm install @fontsource/noto-sans-jp',
      'npm install @fontsource/noto-sans-tc',
      'npm install @fontsource/noto-sans-sc',
      'npm install @fontsource/noto-sans-kr',
      'none',
    ]);
  });

  it('trusts an installed font that has the character, and says nothing when it cannot ask', async () => {
    expect(await uncoveredLines('中文', async () => true)).toEqual([]);
    expect(await uncoveredLines('中文', async () => undefined)).toEqual([]);
  });
});

describe('installed fonts, asked of fontconfig once', () => {
  // Each character asked on its own (fc-list :charset=…) must give the same answer as the one
  // listing of every font's coverage the build reads; a Chinese deck asks about hundreds.
  it('agrees with fontconfig asked character by character', async () => {
    const text = readFileSync('test/fixtures/layouts/chinese-qa/input.md', 'utf8');
    const sample = [...new Set([...text].filter((ch) => !bundledCodePoints().has(cp(ch)) && /\S/.test(ch)))].slice(0, 40);
    sample.push('컨', '\ue000', '\u{10fffd}', 'ᚠ');
    expect(sample.length).toBeGreaterThan(20);
    for (const ch of sample) {
      const listed = execFileSync('fc-list', [`:charset=${cp(ch).toString(16)}`, 'family'], { encoding: 'utf8' }).trim().length > 0;
      expect(await fontconfigCoverage(cp(ch)), `${ch} U+${cp(ch).toString(16)}`).toBe(listed);
    }
  });
});
