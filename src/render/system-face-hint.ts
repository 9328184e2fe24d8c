import { readFile } from 'node:fs/promises';
import type { Diagnostic } from '../model/deck.js';
import { fontconfigCoverage, type SystemCoverage } from './font-coverage.js';
import { cjkFaceOf, installedOptionalFaces } from './fonts.js';
import { excerpt } from '../model/excerpt.js';

/** Ideographs, kana, Hangul, Bopomofo, CJK punctuation and full-width forms: the blocks the optional npm faces print. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\u3000-\u30ff\uff00-\uffef]/u;
const HANGUL = /\p{Script=Hangul}/u;
const SERIF_KR = '@fontsource/noto-serif-kr';

/** The npm face a deck's CJK text wants: by its language, else by the scripts it holds. */
function wantedFace(markdown: string, lang = ''): string {
  const key =
    cjkFaceOf(lang) ??
    (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(markdown) ? 'jp' : HANGUL.test(markdown) ? 'kr' : /\p{Script=Bopomofo}/u.test(markdown) ? 'tc' : 'sc');
  return `@fontsource/noto-sans-${key}`;
}

/** What the hint needs besides the file: the deck's language, the system's fonts and the faces installed from npm. */
export interface HintOptions {
  lang?: string;
  system?: SystemCoverage;
  installed?: string[];
}

/**
 * A deck whose kanji, kana, hanzi or Hangul no npm face prints is set in whatever system font has
 * them (Droid Sans Fallback here, another face elsewhere, with a synthetic bold in headings): its
 * pages then look and paginate differently from machine to machine, in silence. One warning, at
 * the first such character, names the package that prints them the same everywhere. Characters
 * no font has at all are `no-font`'s to report, not this.
 */
export async function systemFaceHint(
  file: string,
  { lang, system = fontconfigCoverage, installed = installedOptionalFaces().map((f) => f.pkg) }: HintOptions = {},
): Promise<Diagnostic | undefined> {
  const markdown = await readFile(file, 'utf8').catch(() => '');
  if (!CJK.test(markdown)) return undefined;
  const pkg = wantedFace(markdown, lang);
  // The Korean serif face prints a Korean deck only (its text, and its headings with no Noto Sans KR beside it).
  const korean = cjkFaceOf(lang) === 'kr';
  if (!korean) installed = installed.filter((p) => p !== SERIF_KR);
  if (installed.includes(pkg) || (korean && installed.includes(SERIF_KR))) return undefined;
  // The Korean face prints ideographs and kana only in a Korean deck (render/fonts.ts); any other installed face prints them all.
  const others = installed.filter((p) => p !== pkg);
  const lines = markdown.split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    for (const m of line.matchAll(new RegExp(`${CJK.source}+`, 'gu'))) {
      const run = m[0];
      const first = run.codePointAt(0)!;
      const byKorean = HANGUL.test(run) || (lang ?? '').toLowerCase().startsWith('ko');
      if (others.some((p) => !p.endsWith('-kr') || byKorean)) continue;
      // No installed font has it: the Korean face from npm is the last one for kana and ideographs (render/fonts.ts).
      const lastResort = (await system(first)) === false;
      if (lastResort && (!others.length || HANGUL.test(run))) continue;
      const shown = excerpt(run, 12);
      const where = lastResort
        ? 'prints in the Korean face, in Korean forms, as no installed font has it'
        : 'prints in a system font, which differs from machine to machine (its pages and their numbers too)';
      return {
        file,
        line: i + 1,
        severity: 'warning',
        code: 'system-font',
        message: `${shown} ${where}: run \`npm install ${pkg}\` where you run studyguide to print it in the same face everywhere`,
      };
    }
  }
  return undefined;
}
