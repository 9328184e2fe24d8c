import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuildEvent } from '../../src/model/build-options.js';
import { buildWith, pdfText, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';
import { embeddedFonts } from '../pdf-embedded-fonts.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

// A deck in Latin, Cyrillic, Greek, Vietnamese, Polish, Arabic, Persian, Urdu, Hebrew, Hindi and Thai, with arrows, maths signs, check
// marks, emoji and code, plus one private-use character that no font has.
const DECK = 'test/fixtures/fonts/scripts.md';
/** Lines holding the private-use character: the question heading and its answer. */
const PRIVATE_USE_LINES = [23, 27];
let out = '';
let events: BuildEvent[] = [];
const file = (name: string) => path.join(out, 'scripts', name);

beforeAll(async () => {
  out = await tempDir();
  ({ events } = await buildWith({ paths: [DECK], outDir: out, outputs: ['guide', 'cards'] }));
});

/** The characters printed with glyph 0 (.notdef, an empty box) and how many glyphs print at all. */
function notdefGlyphs(pdf: string): { notdef: number; glyphs: number } {
  const trace = execFileSync('mutool', ['trace', pdf], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const glyphs = trace.match(/<g [^>]*>/g) ?? [];
  return { notdef: glyphs.filter((g) => / glyph="0"/.test(g)).length, glyphs: glyphs.length };
}

const BUNDLED =
  /^(SourceSerif4|SourceSans3|SourceCodePro|FiraCode|NotoSansMath|NotoSansSymbols2|NotoEmoji|NotoSansArabic|NotoSansHebrew|NotoSansDevanagari|NotoSansThai)/;

/** Each box-drawing character a PDF prints (U+2500–257F) with the fonts that print it, from `mutool trace`. */
function boxDrawingFonts(pdf: string): Map<string, Set<string>> {
  const trace = execFileSync('mutool', ['trace', pdf], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const found = new Map<string, Set<string>>();
  let font = '';
  for (const line of trace.split('\n')) {
    font = /<span font="([^"]+)"/.exec(line)?.[1].replace(/^[A-Z]{6}\+/, '') ?? font;
    const ch = /<g unicode="([^"]+)"/.exec(line)?.[1];
    if (ch && /^[\u2500-\u257f]$/u.test(ch)) found.set(ch, (found.get(ch) ?? new Set()).add(font));
  }
  return found;
}

describe('bundled fonts', () => {
  it('embeds only the bundled families, never Type 3 outlines or a system face', () => {
    for (const pdf of [file('guide.pdf'), file('cards.pdf')]) {
      const fonts = embeddedFonts(pdf);
      expect(
        fonts.filter((f) => !BUNDLED.test(f)),
        pdf,
      ).toEqual([]);
    }
    const guide = embeddedFonts(file('guide.pdf'));
    for (const family of [
      'SourceSerif4',
      'SourceSans3',
      'SourceCodePro',
      'NotoSansMath',
      'NotoEmoji',
      'NotoSansArabic',
      'NotoSansHebrew',
      'NotoSansDevanagari',
      'NotoSansThai',
    ])
      expect(
        guide.some((f) => f.startsWith(family)),
        family,
      ).toBe(true);
  });

  it('prints a drawing in box-drawing characters with the bundled Fira Code, never a system mono face', () => {
    // They printed in the machine's monospace face (DejaVu Sans Mono, or Noto Sans Mono here): the code face has none.
    const drawn = boxDrawingFonts(file('guide.pdf'));
    // ┌ ─ ┐ │ └ ┘ ┬ and the double-lined ╔ ═ ╗ ║ ╚ ╝.
    expect(drawn.size).toBe(13);
    expect([...new Set([...drawn.values()].flatMap((f) => [...f]))]).toEqual(['FiraCode-Regular']);
    expect(embeddedFonts(file('guide.pdf')).filter((f) => /DejaVu|NotoSansMono/.test(f))).toEqual([]);
  });

  it('sends none of the Korean face’s 406 rules to the pages of a deck without Hangul', () => {
    // Every page carried them (the optional face is a development dependency here): ~530 rules, 406 Korean.
    for (const html of [file('guide.html'), file('cards.html')]) expect(readFileSync(html, 'utf8')).not.toContain('Noto Sans KR');
  });

  it('names each face by its own weight: no text face is reported as extra-light or thin', () => {
    // Fontsource's WOFF2 files keep their variable source's default names: the 400 weight was
    // listed as SourceSans3ExtraLight-Regular and SourceCodeProExtraLight-Regular, Hebrew bold as NotoSansHebrewThin-Bold.
    const fonts = embeddedFonts(file('guide.pdf'));
    expect(fonts.filter((f) => /Light|Thin/.test(f))).toEqual([]);
    expect(fonts).toContain('NotoSansHebrew-Regular');
    for (const face of ['SourceSans3-Regular', 'SourceCodePro-Regular', 'SourceSerif4-Regular']) expect(fonts).toContain(face);
  });

  it('prints every covered character with a real glyph: only the private-use ones are boxes', () => {
    const guide = notdefGlyphs(file('guide.pdf'));
    expect(guide.glyphs).toBeGreaterThan(500);
    // The private-use sign prints three times: in the contents, the question heading and the answer.
    expect(guide.notdef).toBe(3);
  });

  it('writes compact PDFs: objects packed into compressed object streams', () => {
    for (const pdf of [file('guide.pdf'), file('cards.pdf')]) expect(readFileSync(pdf, 'latin1'), pdf).toMatch(/\/Type\s*\/ObjStm/);
  });

  it('keeps the scripts as text: Cyrillic, Greek, Vietnamese, emoji and arrows read back', () => {
    const text = pdfText(file('guide.pdf'));
    for (const words of ['Привет', 'Καλημέρα', 'Tiếng Việt', 'zażółć', 'प्रश्न', 'คำถาม', '✅', '🚀', '→', '≤', '✓']) expect(text).toContain(words);
  });

  it('warns once at the line of a character no font has, naming it', () => {
    const warnings = events.flatMap((e) => (e.type === 'warning' && e.diagnostic.code === 'no-font' ? [e.diagnostic] : []));
    expect(warnings.map((w) => w.line)).toEqual(PRIVATE_USE_LINES);
    expect(warnings[0].file).toBe(DECK);
    expect(warnings[0].message).toContain('cannot print \ue000 (U+E000)');
    expect(warnings[0].message).toContain('`fonts`');
  });
});

describe('a Korean deck with the Korean faces from npm installed (development dependencies here)', () => {
  let guide = '';
  let koEvents: BuildEvent[] = [];
  beforeAll(async () => {
    const dir = await tempDir();
    const deck = path.join(dir, 'ko.md');
    await writeFile(
      deck,
      '---\nlang: ko\n---\n# 쿠버네티스 면접 질문\n\n## 기초\n\n### 파드란 무엇인가요?\n\n> 함께 배포되는 가장 작은 컨테이너 묶음입니다.\n\n파드의 컨테이너는 **네트워크**와 볼륨을 나눠 씁니다.\n',
    );
    ({ events: koEvents } = await buildWith({ paths: [deck], outDir: path.join(dir, 'out'), outputs: ['guide'] }));
    guide = path.join(dir, 'out', 'ko', 'guide.pdf');
  });

  it('prints Hangul in those faces, every glyph real, with no warning and Korean labels', () => {
    expect(embeddedFonts(guide).filter((f) => !BUNDLED.test(f) && !/^Noto(?:Sans|Serif)KR/.test(f))).toEqual([]);
    expect(embeddedFonts(guide).some((f) => f.startsWith('NotoSansKR'))).toBe(true);
    expect(embeddedFonts(guide).some((f) => f.startsWith('NotoSerifKR'))).toBe(true);
    expect(notdefGlyphs(guide).notdef).toBe(0);
    expect(koEvents.filter((e) => e.type === 'warning').map((e) => e.type === 'warning' && e.diagnostic.message)).toEqual([]);
    const text = pdfText(guide);
    expect(text).toContain('파드란 무엇인가요?');
    expect(text).toContain('목차');
    // Its page carries the Korean face's slices for its Hangul, a few of the 406.
    const html = readFileSync(guide.replace(/\.pdf$/, '.html'), 'utf8');
    const korean = html.match(/font-family: "Noto Sans KR";/g) ?? [];
    expect(korean.length).toBeGreaterThan(0);
    expect(korean.length).toBeLessThan(100);
  });

  it('names the Korean faces by their weights: regular text and real bold, never "Thin"', () => {
    // The files are the 400 and 700 instances (OS/2 weight 400 and 700) of a variable source whose default is Thin:
    // pdffonts listed NotoSansKRThin-Regular and NotoSansKRThin-Bold, read as a thin face.
    const korean = embeddedFonts(guide).filter((f) => /^Noto(?:Sans|Serif)KR/.test(f));
    expect(korean.filter((f) => /Thin|ExtraLight/.test(f))).toEqual([]);
    // The bold words and the headings come from the bold files, not a regular one made heavier: the text in the
    // serif (its bold words too), the headings and labels in the sans.
    expect(new Set(korean)).toEqual(new Set(['NotoSansKR-Regular', 'NotoSansKR-Bold', 'NotoSerifKR-Regular', 'NotoSerifKR-Bold']));
  });
});

describe('a Japanese deck with only the Korean face from npm installed', () => {
  let guide = '';
  let jaEvents: BuildEvent[] = [];
  beforeAll(async () => {
    const dir = await tempDir();
    const deck = path.join(dir, 'ja.md');
    await writeFile(
      deck,
      '---\nlang: ja\n---\n# インフラ面接\n\n## 基本\n\n### コンテナとは何ですか?\n\n> 依存関係を揃えて同じ処理環境で動かす仕組みです。\n\n**国境**を越えて動きます。\n',
    );
    ({ events: jaEvents } = await buildWith({ paths: [deck], outDir: path.join(dir, 'out'), outputs: ['guide'] }));
    guide = path.join(dir, 'out', 'ja', 'guide.pdf');
  });

  it('prints no kanji in the Korean face: its sentences are set in one face, not Korean forms mixed with a system face', () => {
    // Before, 国 and 境 came from Noto Sans KR and 揃 and 処 (not in its slices) from a system face, in one sentence.
    const others = embeddedFonts(guide).filter((f) => !BUNDLED.test(f) && f !== '[none]');
    expect(others.filter((f) => f.startsWith('NotoSansKR'))).toEqual([]);
    // One system face for the text and one for the headings (a Mincho and a Gothic, fonts-cjk-embedded.test.ts), each in its regular and bold.
    expect(new Set(others.map((f) => f.replace(/-(?:Regular|Bold)$/, ''))).size).toBeLessThanOrEqual(2);
    // The system face (if any covers kanji here) is not asserted: a machine without one prints boxes, with the no-font warning.
    expect(embeddedFonts(guide).some((f) => /^SourceSerif4/.test(f))).toBe(true);
  });

  it('warns at every line that prints as boxes, naming the Japanese face: never boxes in silence', () => {
    // With no system face for kana (this machine), the title, question and answer printed as boxes while
    // the one warning named only 揃 and 処, the kanji the Korean slices lack, and offered the Chinese face.
    const warned = jaEvents.flatMap((e) => (e.type === 'warning' && e.diagnostic.code === 'no-font' ? [e.diagnostic] : []));
    const boxes = notdefGlyphs(guide).notdef;
    if (boxes === 0) expect(warned).toEqual([]);
    else {
      expect(warned.map((w) => w.line)).toEqual([4, 6, 8, 10, 12]);
      for (const w of warned) expect(w.message).toContain('npm install @fontsource/noto-sans-jp');
    }
  });
});
