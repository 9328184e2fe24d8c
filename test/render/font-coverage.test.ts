import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { woff2CodePoints } from '../../src/render/font-cmap.js';
import { bundledCodePoints, fontconfigCoverage, uncoveredLines } from '../../src/render/font-coverage.js';
import { bundledFontFiles, fontCss, fontFileFor, fontStacks, FONT_ORIGIN } from '../../src/render/fonts.js';

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
    for (const ch of '컨中ক\ue000') expect(covered.has(cp(ch)), ch).toBe(false);
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
    expect(stacks.mono).toMatch(/^"Source Code Pro", "Charter", /);
    expect(fontStacks().head).toMatch(/^"Source Sans 3", /);
  });
});

describe('uncovered characters', () => {
  const noSystemFont = async () => false;
  it('names each line with characters no font has, as runs', async () => {
    const deck = 'plain line\nWhat is 컨테이너 and 오케스트레이션?\nCyrillic Привет is fine ✅\n\ue000 sign';
    const lines = await uncoveredLines(deck, noSystemFont);
    expect(lines.map((l) => [l.line, l.text])).toEqual([
      [2, '컨테이너 오케스트레이션'],
      [4, '\ue000'],
    ]);
  });

  it('trusts an installed font that has the character, and says nothing when it cannot ask', async () => {
    expect(await uncoveredLines('컨테이너', async () => true)).toEqual([]);
    expect(await uncoveredLines('컨테이너', async () => undefined)).toEqual([]);
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
