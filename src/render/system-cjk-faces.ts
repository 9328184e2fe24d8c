import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { trueTypeOf } from './cff-to-truetype.js';

/** Bumped when the converted files change: older ones in the temporary folder are not read again. */
const VERSION = 1;

/** The family names the pages give the converted faces: the text's (a Mincho) and the headings' and labels' (a Gothic). */
export const SYSTEM_CJK = { serif: 'Studyguide System CJK Serif', sans: 'Studyguide System CJK Sans' } as const;

/** One converted face: its file and the PostScript name of the installed face it came from (a page written to disk loads that face by it). */
interface ConvertedFace {
  file: string;
  localName: string;
}

const converted = new Map<string, ConvertedFace>();

/** The converted face behind a name under FONT_ORIGIN (fonts.ts answers the page with it). */
export const convertedFace = (name: string): ConvertedFace | undefined => converted.get(name);

/** fontconfig's language for a deck in `lang` or, with none, for the scripts its text holds. */
function fcLang(lang: string, chars: number[]): string {
  const tag = lang.toLowerCase();
  if (/^(?:ja|ko)/.test(tag)) return tag.slice(0, 2);
  if (/^zh-(?:hant|tw|hk|mo)/.test(tag)) return 'zh-tw';
  if (tag.startsWith('zh')) return 'zh-cn';
  const has = (re: RegExp) => chars.some((c) => re.test(String.fromCodePoint(c)));
  return has(/[\p{Script=Hiragana}\p{Script=Katakana}]/u) ? 'ja' : has(/\p{Script=Hangul}/u) ? 'ko' : 'zh-cn';
}

/** The installed face fontconfig gives `generic` text in `lang` at `weight`: file, index, outline format, PostScript name. */
function matchFace(generic: string, lang: string, weight: number): Match | undefined {
  // Asked once per process: every document of a build asks again.
  const key = `${generic}:${lang}:${weight}`;
  if (!matches.has(key)) matches.set(key, askFontconfig(generic, lang, weight));
  return matches.get(key);
}

type Match = { file: string; index: number; format: string; postscript: string };
const sameFace = (a: Match, b: Match | undefined) => !!b && a.file === b.file && a.index === b.index;
/** The PostScript names of sans-serif CJK faces: Noto Sans CJK, Source Han Sans, the Gothics, Hei and Dotum. */
const GOTHIC = /sans|gothic|hei|dotum/i;
const matches = new Map<string, Match | undefined>();

function askFontconfig(generic: string, lang: string, weight: number): Match | undefined {
  try {
    const out = execFileSync(
      'fc-match',
      ['--format', '%{file}\t%{index}\t%{fontformat}\t%{postscriptname}', `${generic}:lang=${lang}:weight=${weight === 700 ? 200 : 80}`],
      {
        encoding: 'utf8',
        timeout: 30_000,
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    const [file, index, format, postscript] = out.split('\t');
    return file ? { file, index: Number(index) || 0, format, postscript } : undefined;
  } catch {
    // No fontconfig (macOS, Windows): Chromium picks the system's face itself.
    return undefined;
  }
}

/** Where converted faces are kept between builds (a new build of the same deck converts nothing). */
const folder = () => path.join(os.tmpdir(), `studyguide-cjk-faces-${VERSION}`);

/**
 * The @font-face rules for the Chinese, Japanese and Korean characters of a deck (`chars`) that
 * fontconfig's face for that language sets with PostScript (CFF) outlines, as fonts-noto-cjk's do:
 * Chromium prints such a face as Type 3 glyphs, so the characters are redrawn into a TrueType
 * face of their own (cff-to-truetype.ts), which it embeds as a real font. A Mincho for the text
 * (SYSTEM_CJK.serif, only when fontconfig's serif face is not a Gothic) and a Gothic for
 * headings and labels (SYSTEM_CJK.sans), each in its regular and bold, so that nothing is
 * emboldened by the browser. None when the installed face has
 * TrueType outlines already, when no installed face has the characters, or without fontconfig.
 */
export function systemCjkRules(chars: number[], lang: string, origin: string): string[] {
  if (!chars.length) return [];
  const key = `${lang}|${origin}|${chars.join(',')}`;
  let rules = rulesFor.get(key);
  if (!rules) rulesFor.set(key, (rules = makeRules(chars, lang, origin)));
  return rules;
}
const rulesFor = new Map<string, string[]>();

function makeRules(chars: number[], lang: string, origin: string): string[] {
  const want = fcLang(lang, chars);
  const rules: string[] = [];
  for (const [generic, family] of [
    ['serif', SYSTEM_CJK.serif],
    ['sans-serif', SYSTEM_CJK.sans],
  ] as const) {
    for (const weight of [400, 700]) {
      const face = matchFace(generic, want, weight);
      if (!face || face.format !== 'CFF') continue;
      // No Mincho installed: fontconfig answers serif with a Gothic (fonts-noto-cjk's Japanese one for Korean), and the text keeps the sans rules as before.
      if (generic === 'serif' && (GOTHIC.test(face.postscript) || sameFace(face, matchFace('sans-serif', want, weight)))) continue;
      const made = convert(face, chars);
      if (!made?.covered.length) continue;
      const name = `system-cjk/${made.key}.ttf`;
      const rule = `@font-face {\n  font-family: "${family}";\n  font-style: normal;\n  font-weight: ${weight};\n  font-display: block;\n  src: url("${origin}${name}") format("truetype");\n  unicode-range: ${rangeList(made.covered)};\n}`;
      converted.set(name, { file: made.file, localName: face.postscript });
      rules.push(rule);
    }
  }
  return rules;
}

/** Sorted code points as a unicode-range, runs of neighbours as one range. */
function rangeList(codes: number[]): string {
  const hex = (c: number) => c.toString(16).toUpperCase();
  const parts: string[] = [];
  for (let i = 0; i < codes.length;) {
    let j = i;
    while (j + 1 < codes.length && codes[j + 1] === codes[j] + 1) j++;
    parts.push(i === j ? `U+${hex(codes[i])}` : `U+${hex(codes[i])}-${hex(codes[j])}`);
    i = j + 1;
  }
  return parts.join(',');
}

const memo = new Map<string, { key: string; file: string; covered: number[] } | undefined>();

/** The face's characters among `chars` as a TrueType file in the temporary folder (made once per face, file version and characters). */
function convert(face: { file: string; index: number; postscript: string }, chars: number[]): { key: string; file: string; covered: number[] } | undefined {
  let stat;
  try {
    stat = statSync(face.file);
  } catch {
    return undefined;
  }
  const key = createHash('sha256')
    .update(JSON.stringify([VERSION, face.file, face.index, stat.size, stat.mtimeMs, chars]))
    .digest('hex')
    .slice(0, 24);
  if (memo.has(key)) return memo.get(key);
  const file = path.join(folder(), `${key}.ttf`);
  const list = path.join(folder(), `${key}.json`);
  let made: { key: string; file: string; covered: number[] } | undefined;
  try {
    made = { key, file, covered: JSON.parse(readFileSync(list, 'utf8')) as number[] };
    statSync(file);
  } catch {
    try {
      const { font, covered } = trueTypeOf(readFileSync(face.file), face.index, chars, face.postscript);
      mkdirSync(folder(), { recursive: true });
      // Written aside and renamed: two builds at once never read half a file.
      const aside = `${file}.${process.pid}`;
      writeFileSync(aside, font);
      renameSync(aside, file);
      writeFileSync(`${list}.${process.pid}`, JSON.stringify(covered));
      renameSync(`${list}.${process.pid}`, list);
      made = { key, file, covered };
    } catch {
      // A face opentype.js cannot read: the browser prints it as before.
      made = undefined;
    }
  }
  memo.set(key, made);
  return made;
}
