import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Diagnostic } from '../model/deck.js';
import { bundledFontFiles, cjkFaceOf, installedOptionalFaces, rangesFor, setsKanaOrHan } from './fonts.js';
import { woff2CodePoints } from './font-cmap.js';
import { installedRanges, rangesHold } from './installed-ranges.js';
import { excerpt } from '../model/excerpt.js';

const bundled = new Map<string, Set<number>>();

/**
 * Every code point some bundled face prints on a page in `lang`: mapped by a file (the regular
 * weight of each face) and inside the unicode-range the page uses that file for. The Korean face
 * prints ideographs and kana in a Korean deck only: a Japanese deck's kana counted as printed
 * when it was installed, and came out as boxes with no warning where no system font had them.
 * The last resort's kana and ideographs count for a text that has some (`kanaHan`, setsKanaOrHan).
 */
export function bundledCodePoints(lang?: string, kanaHan = false): Set<number> {
  const korean = (lang ?? '').toLowerCase().startsWith('ko');
  const key = `${korean} ${kanaHan}`;
  const known = bundled.get(key);
  if (known) return known;
  const points = new Set<number>();
  for (const file of bundledFontFiles()) {
    if (!/-400-normal\.woff2$/.test(file.name)) continue;
    const ranges = rangesFor(file, korean ? 'ko' : lang, kanaHan);
    if (file.rangeIsCoverage) {
      for (const [a, b] of ranges) for (let cp = a; cp <= b; cp++) points.add(cp);
      continue;
    }
    for (const cp of woff2CodePoints(readFileSync(file.file))) if (ranges.some(([a, b]) => cp >= a && cp <= b)) points.add(cp);
  }
  bundled.set(key, points);
  return points;
}

/** Characters no face draws: spaces, controls, joiners, variation selectors, soft hyphens. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zs}\p{Zl}\p{Zp}\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u;

/**
 * Asks fontconfig whether any installed font has the character. Undefined when fontconfig is
 * not there to ask (no fc-list on the PATH): then nothing can be said about the system.
 */
export type SystemCoverage = (cp: number) => Promise<boolean | undefined>;

/** fontconfig's answer: whether some installed font maps the character. */
export const fontconfigCoverage: SystemCoverage = async (cp) => {
  const ranges = installedRanges();
  return ranges && rangesHold(ranges, cp);
};

/** One line of a deck with characters that no font can print. */
export interface UncoveredLine {
  line: number;
  /** The characters as they stand in the line, runs joined by spaces. */
  text: string;
  codePoints: number[];
}

/**
 * Characters the bundled Latin faces always print (or no face needs to: controls): a deck written
 * in these alone needs no font decoded, the third of a second every build spent before. The font
 * coverage test holds this list to bundledCodePoints. The arrows are here for the English labels
 * (a card sheet's "this edge up ↑"): without them, every English deck's label check decoded every face and asked
 * fontconfig, on the way from its parse to its first print.
 */
export const SURELY_COVERED = /^[\t\n\r\u0020-\u017F\u2013\u2014\u2018\u2019\u201C\u201D\u2022\u2026\u2190-\u2193]*$/u;

/**
 * The lines of a deck's markdown holding characters that neither a bundled face nor an installed
 * font has: printed, they would be empty boxes. Read from the source, so each is found at its
 * own line (markup and maths source are ASCII, so they add nothing).
 */
export async function uncoveredLines(markdown: string, system: SystemCoverage = fontconfigCoverage, lang?: string): Promise<UncoveredLine[]> {
  if (SURELY_COVERED.test(markdown)) return [];
  const covered = bundledCodePoints(lang, setsKanaOrHan(markdown));
  const lines = markdown.split(/\r?\n/);
  const candidates = new Set<number>();
  for (const line of lines) for (const ch of line) if (!covered.has(ch.codePointAt(0)!) && !INVISIBLE.test(ch)) candidates.add(ch.codePointAt(0)!);
  if (candidates.size === 0) return [];
  const missing = new Set<number>();
  await Promise.all([...candidates].map(async (cp) => ((await system(cp)) === false ? missing.add(cp) : undefined)));
  const found: UncoveredLine[] = [];
  lines.forEach((line, i) => {
    const runs: string[] = [];
    let run = '';
    const points = new Set<number>();
    for (const ch of line) {
      const cp = ch.codePointAt(0)!;
      if (missing.has(cp)) {
        run += ch;
        points.add(cp);
      } else if (run && INVISIBLE.test(ch) && ch !== ' ') run += ch;
      else if (run) {
        runs.push(run);
        run = '';
      }
    }
    if (run) runs.push(run);
    if (runs.length) found.push({ line: i + 1, text: [...new Set(runs)].join(' '), codePoints: [...points] });
  });
  return found;
}

/**
 * What would print the characters: a face from npm (Chinese, Japanese, Korean), else a Debian
 * package. A face already installed (`installed`, package names) is not offered again: it lacks them.
 */
export function fontHint(codePoints: number[], installed: string[] = installedOptionalFaces().map((f) => f.pkg), lang?: string): string {
  const text = String.fromCodePoint(...codePoints);
  if (/\p{Co}/u.test(text)) return 'a private-use character prints only in the font made for it: name that font in `fonts`, or write the character another way';
  // Ideographs and kana take the face of the deck's language: a Japanese deck's kanji were sent to the Chinese face.
  const cjk = /\p{Script=Hangul}/u.test(text)
    ? 'kr'
    : /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}]/u.test(text) && cjkFaceOf(lang)
      ? cjkFaceOf(lang)
      : /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)
        ? 'jp'
        : /\p{Script=Bopomofo}/u.test(text)
          ? 'tc'
          : /\p{Script=Han}/u.test(text)
            ? 'sc'
            : undefined;
  // A face from npm prints the same on every machine; a system package only on this one.
  const pkg = cjk && `@fontsource/noto-sans-${cjk}`;
  if (pkg && installed.includes(pkg)) return `the installed ${pkg} has no glyph for it either: install fonts-noto-cjk, or set \`fonts\``;
  if (pkg) return `run \`npm install ${pkg}\` where you run studyguide (the same face on every machine), or install fonts-noto-cjk, or set \`fonts\``;
  return 'install a font that covers it, e.g. fonts-noto-core (or fonts-noto for every script), or set `fonts`';
}

/** A warning per deck line holding characters that no font can print on a page in the deck's `lang`. */
export async function fontCoverageWarnings(file: string, system?: SystemCoverage, lang?: string): Promise<Diagnostic[]> {
  const markdown = await readFile(file, 'utf8').catch(() => undefined);
  if (markdown === undefined) return [];
  const lines = await uncoveredLines(markdown, system, lang);
  return lines.map(({ line, text, codePoints }) => {
    const names = codePoints
      .slice(0, 4)
      .map((cp) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`)
      .join(', ');
    const shown = excerpt(text, 40);
    return {
      file,
      line,
      severity: 'warning',
      code: 'no-font',
      message: `cannot print ${shown} (${names}${codePoints.length > 4 ? ', …' : ''}): no bundled or installed font has it; ${fontHint(codePoints, undefined, lang)}`,
    };
  });
}

/**
 * One warning, at the deck's line 1, for characters of its printed labels (cover, contents,
 * badges: `labels`, in the deck's language) that no font has: no line of the deck holds them, and
 * a Japanese cover printed 学 as a box with no word where only the Korean face had kanji.
 */
export async function labelCoverageWarning(file: string, labels: object, system?: SystemCoverage, lang?: string): Promise<Diagnostic | undefined> {
  const points = [...new Set((await uncoveredLines(JSON.stringify(labels), system, lang)).flatMap((l) => l.codePoints))];
  if (points.length === 0) return undefined;
  return {
    file,
    line: 1,
    severity: 'warning',
    code: 'no-font',
    message: `cannot print ${String.fromCodePoint(...points.slice(0, 8))}${points.length > 8 ? '…' : ''} of the labels the pages print (cover, contents, badges): no bundled or installed font has it; ${fontHint(points, undefined, lang)}`,
  };
}
