import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { FAMILIES, SYSTEM_CJK_VAR, type DeckFonts } from '../model/fonts.js';
import { installedRanges, rangesWithout } from './installed-ranges.js';
import { woff2CodePoints } from './font-cmap.js';
import { convertedFace, SYSTEM_CJK, systemCjkRules } from './system-cjk-faces.js';

/**
 * The faces every printed page uses, bundled from npm so that a guide looks and paginates the
 * same on every machine: a book serif for text, a sans for headings and labels, a mono for code
 * (static weights, with Latin, Cyrillic, Greek and Vietnamese subsets: Chromium prints a
 * variable face as Type 3 outlines, twice the size and without a font name), arrows and maths
 * signs (→ ≤ ≠, which those subsets leave out), check marks and dingbats (✓ ✗ ⚠), a
 * monochrome emoji face that prints in grayscale, and Arabic, Hebrew, Devanagari and Thai faces. Pages load them from an address that never reaches the network: the
 * print page answers it from node_modules (print/print-pdf.ts), the preview server serves it.
 */
const PACKAGES = [
  { pkg: '@fontsource/source-serif-4', css: ['400.css', '400-italic.css', '600.css', '700.css', '700-italic.css'] },
  { pkg: '@fontsource/source-sans-3', css: ['400.css', '400-italic.css', '600.css', '700.css', '700-italic.css'] },
  // Its italic files hold no Cyrillic or Greek letters (a few signs only): a comment in a Russian or
  // Greek listing printed in the sans italic, proportional, off the code's columns. Its upright
  // Cyrillic and Greek are declared again as a family of upright faces only, next in the code stack,
  // which Chromium slants for italic text: the comment stays in the code face, on its columns.
  {
    pkg: '@fontsource/source-code-pro',
    css: ['400.css', '400-italic.css', '700.css', '700-italic.css'],
    uprightAs: { family: FAMILIES.monoUpright, files: /-(?:cyrillic|greek)(?:-ext)?-\d+-normal\.woff2$/ },
  },
  // Its one file holds arrows and operators its declared range leaves out: those blocks are added.
  // These three have one weight, declared for every weight: in bold text (a title, a heading)
  // Chromium would otherwise embolden the glyph itself, and an emboldened glyph prints as Type 3.
  { pkg: '@fontsource/noto-sans-math', css: ['400.css'], extraRange: 'U+2070-209F,U+2100-23FF,U+25A0-25FF,U+27C0-2BFF,U+1D400-1D7FF', anyWeight: true },
  { pkg: '@fontsource/noto-sans-symbols-2', css: ['400.css'], anyWeight: true },
  { pkg: '@fontsource/noto-emoji', css: ['400.css'], anyWeight: true },
  // Arabic (with Persian and Urdu letters) and Hebrew, for decks written right to left: their script subsets only.
  // Set 12 % larger: at the Latin size its letters (a low x-height, fine strokes) read a size smaller than the Latin beside them.
  { pkg: '@fontsource/noto-sans-arabic', css: ['arabic-400.css', 'arabic-600.css', 'arabic-700.css'], sizeAdjust: '112%' },
  { pkg: '@fontsource/noto-sans-hebrew', css: ['hebrew-400.css', 'hebrew-600.css', 'hebrew-700.css'] },
  // Hindi, Marathi and Nepali (Devanagari) and Thai: banks in those languages print without a system font.
  { pkg: '@fontsource/noto-sans-devanagari', css: ['devanagari-400.css', 'devanagari-600.css', 'devanagari-700.css'] },
  { pkg: '@fontsource/noto-sans-thai', css: ['thai-400.css', 'thai-600.css', 'thai-700.css'] },
  // Box drawing and block elements (`┌─┐ │ └ ├── █`), which the code face's subsets leave out:
  // drawings in code blocks printed in a system face (DejaVu or Noto Sans Mono, whichever the
  // machine had). Fira Code's symbols slice (3.5 KB a weight) draws them 0.6 em wide, as Source
  // Code Pro draws its letters, so a drawing's columns line up with the words in it; its lines
  // run past the line box, so rows join. Only that block of the slice is used.
  { pkg: '@fontsource/fira-code', css: ['400.css', '700.css'], slice: 'symbols2', onlyRange: 'U+2500-259F' },
] as {
  pkg: string;
  css: string[];
  extraRange?: string;
  sizeAdjust?: string;
  anyWeight?: boolean;
  slice?: string;
  onlyRange?: string;
  /** Files declared once more under another family, of upright faces only. */
  uprightAs?: { family: string; files: RegExp };
}[];

/** The Korean serif face from npm: whole in a Korean deck, for Hangul alone in the text of any other (cjkOrder). */
const SERIF_KR = '@fontsource/noto-serif-kr';

/**
 * Chinese, Japanese and Korean faces are too large to bundle (50–75 MB each), so they are used
 * when installed beside studyguide or in the project that runs it (`npm install
 * @fontsource/noto-sans-kr`): then those scripts print in the same face on every machine, not in
 * whatever system font covers them. Only their script's slices: Latin stays in the bundled faces.
 */
const OPTIONAL_CJK = [
  { pkg: '@fontsource/noto-sans-kr', family: 'Noto Sans KR' },
  // The Korean Mincho, for a Korean deck's text (its headings, labels and code keep the Gothic): serif Hangul beside the serif Latin.
  { pkg: SERIF_KR, family: 'Noto Serif KR' },
  { pkg: '@fontsource/noto-sans-jp', family: 'Noto Sans JP' },
  { pkg: '@fontsource/noto-sans-sc', family: 'Noto Sans SC' },
  { pkg: '@fontsource/noto-sans-tc', family: 'Noto Sans TC' },
];

/**
 * The blocks an optional face is used for: Hangul, kana, Bopomofo, CJK ideographs, punctuation
 * and full-width forms. Its slices also hold arrows, circled numbers and other signs, which stay
 * in the bundled faces so that a deck prints them alike whether or not such a face is installed.
 */
const CJK_BLOCKS: [number, number][] = [
  [0x1100, 0x11ff],
  [0x2e80, 0x2fdf],
  [0x3000, 0x303f],
  [0x3040, 0x30ff],
  [0x3100, 0x312f],
  [0x3130, 0x318f],
  [0x3190, 0x31ff],
  [0x3200, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa960, 0xa97f],
  [0xac00, 0xd7ff],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xffef],
  [0x20000, 0x3134f],
];

/** Hangul: jamo, compatibility jamo, extended jamo and syllables. */
const HANGUL_BLOCKS: [number, number][] = [
  [0x1100, 0x11ff],
  [0x3130, 0x318f],
  [0xa960, 0xa97f],
  [0xac00, 0xd7ff],
];

/** The parts of `ranges` inside `blocks`. */
function within(ranges: [number, number][], blocks = CJK_BLOCKS): [number, number][] {
  return ranges.flatMap(([a, b]) =>
    blocks.flatMap(([lo, hi]): [number, number][] => (Math.max(a, lo) <= Math.min(b, hi) ? [[Math.max(a, lo), Math.min(b, hi)]] : [])),
  );
}

/**
 * The Korean face drawn for Hangul alone, under a family name of its own: its ideographs have Korean
 * forms, so Japanese or Chinese text set with it printed in Korean forms, and the ideographs its
 * slices leave out in a system face, the two mixed in one sentence. Only a Korean deck uses the whole face.
 */
const HANGUL_ONLY = { pkg: '@fontsource/noto-sans-kr', family: 'Noto Sans KR Hangul' };

/**
 * The Korean Mincho drawn for Hangul alone, for the text of a deck in another language: a Korean
 * term in an English answer printed in the Gothic amid serif Latin and (from the system) serif kanji.
 */
const HANGUL_SERIF = { pkg: SERIF_KR, family: 'Noto Serif KR Hangul' };

/**
 * The Korean face again, for the kana and ideographs no installed font has (outside a Korean
 * deck): Korean forms of a kanji read better than an empty box, and a machine with no system CJK
 * font printed a Japanese deck as boxes. Only those characters, so that a system face or a
 * Japanese or Chinese face from npm still sets every one it has.
 */
const LAST_RESORT = { pkg: '@fontsource/noto-sans-kr', family: 'Noto Sans KR Last Resort' };

/** The blocks the last resort may set: CJK_BLOCKS but Hangul (the Hangul-only face has it). */
const KANA_HAN_BLOCKS = rangesWithout(CJK_BLOCKS, HANGUL_BLOCKS);
/** CJK_BLOCKS as a global pattern: the characters a page may take from an installed Chinese, Japanese or Korean face. */
export const CJK_CHARS = new RegExp(`[${CJK_BLOCKS.map(([a, b]) => `\\u{${a.toString(16)}}-\\u{${b.toString(16)}}`).join('')}]`, 'gu');

/** KANA_HAN_BLOCKS as one character class: the regex engine scans a 20 MB deck many times faster than a loop over its code points. */
const KANA_HAN = new RegExp(`[${KANA_HAN_BLOCKS.map(([a, b]) => `\\u{${a.toString(16)}}-\\u{${b.toString(16)}}`).join('')}]`, 'u');

/**
 * Whether `text` has a character the last resort may set (kana, ideographs, CJK punctuation or
 * full-width forms): only then is fontconfig asked which of them no installed font has, a
 * synchronous `fc-list` of 90 to 350 ms that a deck in other scripts never needs.
 */
export function setsKanaOrHan(text: string): boolean {
  return KANA_HAN.test(text);
}

/** `[[0x400, 0x45f]]` → `U+400-45F`. */
const rangeCss = (ranges: [number, number][]): string =>
  ranges.map(([a, b]) => (a === b ? `U+${a.toString(16).toUpperCase()}` : `U+${a.toString(16).toUpperCase()}-${b.toString(16).toUpperCase()}`)).join(',');

/** The weights of an optional face the pages use (regular and bold). */
const OPTIONAL_CSS = ['400.css', '700.css'];

/** An installed optional face: its package, family, folder and version. */
export interface OptionalFace {
  pkg: string;
  family: string;
  dir: string;
  version: string;
}

/**
 * The optional faces installed where studyguide or the project in `cwd` can load them, in
 * OPTIONAL_CJK's order (Korean first: its slices hold the hanja Korean text uses).
 */
export function installedOptionalFaces(cwd = process.cwd()): OptionalFace[] {
  // Looked up once per folder: the cache key and the page's faces both ask, on every build.
  const known = facesIn.get(cwd);
  if (known) return known;
  const found: OptionalFace[] = [];
  const from = [requireHere, createRequire(path.join(path.resolve(cwd), 'package.json'))];
  for (const { pkg, family } of OPTIONAL_CJK) {
    for (const req of from) {
      try {
        const manifest = req.resolve(`${pkg}/package.json`);
        const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
        found.push({ pkg, family, dir: path.dirname(manifest), version });
        break;
      } catch {
        // Not installed there.
      }
    }
  }
  facesIn.set(cwd, found);
  return found;
}
const facesIn = new Map<string, OptionalFace[]>();

/** The family names the stylesheets declare (model/fonts.ts: the content layer maps a picture's families to them too). */
export { FAMILIES };

/** Where pages ask for a bundled font file: an address no resolver answers, only our handlers. */
export const FONT_ORIGIN = 'https://fonts.studyguide.invalid/';

/** One font file of a bundled face. */
export interface FontFile {
  /** Path under FONT_ORIGIN, e.g. `@fontsource/source-sans-3/source-sans-3-latin-400-normal.woff2`. */
  name: string;
  /** Absolute path in node_modules. */
  file: string;
  /** The family its @font-face rule declares, e.g. `Source Serif 4`. */
  family: string;
  /** The characters the face is used for (its CSS unicode-range), as [first, last] pairs. */
  ranges: [number, number][];
  /** The range lists exactly the characters the file has (an optional face's slices, cut that way). */
  rangeIsCoverage?: boolean;
}

/** A @font-face rule; or, in its place among them, the last resort's rule for a file, written once its ranges are known (lastResortOf). */
type FaceRule = string | { file: string; face: (covered: [number, number][]) => string };

const requireHere = createRequire(import.meta.url);
let faces: { rules: FaceRule[]; files: Map<string, FontFile>; optional: OptionalFace[] } | undefined;

/**
 * The @font-face rules of every bundled face and every installed optional one (once per
 * process), pointing at FONT_ORIGIN; and the files they name.
 */
function bundled(): { rules: FaceRule[]; files: Map<string, FontFile>; optional: OptionalFace[] } {
  if (faces) return faces;
  const files = new Map<string, FontFile>();
  const rules: FaceRule[] = [];
  const optional = installedOptionalFaces();
  const sheets = [
    ...PACKAGES.map(({ pkg, css, extraRange, sizeAdjust, anyWeight, slice, onlyRange, uprightAs }) => ({
      pkg,
      css,
      uprightAs,
      extraRange,
      sizeAdjust,
      anyWeight,
      slice,
      onlyRange,
      dir: path.dirname(requireHere.resolve(`${pkg}/package.json`)),
      slicesOnly: false,
    })),
    ...optional.map(({ pkg, dir }) => ({
      pkg,
      css: OPTIONAL_CSS,
      extraRange: undefined,
      sizeAdjust: undefined,
      anyWeight: undefined,
      slice: undefined,
      onlyRange: undefined,
      uprightAs: undefined,
      dir,
      slicesOnly: true,
    })),
  ];
  for (const { pkg, css, extraRange, sizeAdjust, anyWeight, slice, onlyRange, uprightAs, dir, slicesOnly } of sheets) {
    for (const sheet of css) {
      const text = readFileSync(path.join(dir, sheet), 'utf8');
      for (const rule of text.match(/@font-face\s*\{[^}]*\}/g) ?? []) {
        // Only the WOFF2 source: every Chromium reads it, and one source keeps one program per face.
        const woff2 = /url\(\.\/files\/([\w.-]+\.woff2)\)/.exec(rule)?.[1];
        // An optional face's numbered slices only (…-kr-12-400-normal), not its Latin, Cyrillic or Vietnamese.
        if (!woff2 || (slicesOnly && !/-\d+-\d+-\w+\.woff2$/.test(woff2)) || (slice && !woff2.includes(`-${slice}-`))) continue;
        const name = `${pkg}/${woff2}`;
        const file = path.join(dir, 'files', woff2);
        const declared = /unicode-range:\s*([^;}]*)/.exec(rule)?.[1].trim();
        // A script subset's own sheet (thai-400.css) declares no range: the face is then declared for
        // the characters its file has. With none, Chromium fetched and decoded the Arabic, Hebrew,
        // Devanagari and Thai files in every page of a Latin deck (a face load asked for a space or
        // a digit, a character the Latin faces lack walked the stack), only to find nothing in them;
        // for exactly the characters the file has, every character falls in the same face as before.
        const fromFile = declared === undefined && !slicesOnly && !extraRange && !onlyRange;
        const all = fromFile ? coverageRanges(file) : parseRange([declared ?? 'U+0-10FFFF', extraRange].filter(Boolean).join(','));
        const ranges = slicesOnly ? within(parseRange(declared ?? 'U+0-10FFFF')) : onlyRange ? within(all, parseRange(onlyRange)) : all;
        if (!ranges.length) continue;
        const family = /font-family:\s*['"]?([^'";]+)/.exec(rule)?.[1].trim() ?? pkg;
        files.set(name, { name, file, family, ranges, rangeIsCoverage: slicesOnly || fromFile || undefined });
        // `block`: the print waits for the face instead of laying out with a stand-in.
        const face = (covered: [number, number][], as = family) =>
          rule
            .replace(/src:[^;]*;/, `src: url("${FONT_ORIGIN}${name}") format("woff2");`)
            .replace(/font-display:\s*\w+/, 'font-display: block')
            .replace(/unicode-range:[^;}]*|(;)(\s*\}\s*)$/, (_, end: string | undefined, close: string | undefined) =>
              end ? `;\n  unicode-range: ${rangeCss(covered)};${close}` : `unicode-range: ${rangeCss(covered)}`,
            )
            .replace(/font-weight:[^;}]*/, (weight) => (anyWeight ? 'font-weight: 100 900' : weight))
            .replace(/font-family:[^;}]*/, `font-family: ${quote(as)}${sizeAdjust ? `;\n  size-adjust: ${sizeAdjust}` : ''}`);
        rules.push(slicesOnly ? pageOnly(face(ranges), family, ranges) : face(ranges));
        if (uprightAs?.files.test(woff2)) rules.push(face(ranges, uprightAs.family));
        const hangulAs = pkg === HANGUL_ONLY.pkg ? HANGUL_ONLY.family : pkg === HANGUL_SERIF.pkg ? HANGUL_SERIF.family : undefined;
        const hangul = hangulAs ? within(ranges, HANGUL_BLOCKS) : [];
        if (hangulAs && hangul.length) rules.push(pageOnly(face(hangul, hangulAs), hangulAs, hangul));
        if (pkg === LAST_RESORT.pkg) rules.push({ file: name, face: (covered) => pageOnly(face(covered, LAST_RESORT.family), LAST_RESORT.family, covered) });
      }
    }
  }
  return (faces = { rules, files, optional });
}

/**
 * The rules of the installed Chinese, Japanese and Korean faces, each with its family and the
 * characters it sets: a page keeps only those it has a character for (used-faces.ts). The Korean
 * face alone is 406 of a page's ~530 rules, sent to every page before, Latin ones too.
 */
const pageOnlyRules = new Map<string, PageOnlyFace>();

/** A rule a page may leave out: its family and the characters it sets. */
export interface PageOnlyFace {
  family: string;
  ranges: [number, number][];
}

/** `rule`, noted as one a page without a character in `ranges` leaves out. */
function pageOnly(rule: string, family: string, ranges: [number, number][]): string {
  pageOnlyRules.set(rule, { family, ranges });
  return rule;
}

/** The family and characters of an installed CJK face's rule, written as fontCss wrote it; undefined for any other rule. */
export const pageOnlyFace = (rule: string): PageOnlyFace | undefined => pageOnlyRules.get(rule);

/** Whether any rule fontCss writes is one a page may leave out (an optional face is installed). */
export const hasPageOnlyFaces = (): boolean => bundled().optional.length > 0;

let lastResorts: Map<string, [number, number][]> | undefined;

/**
 * The kana and ideographs of each file of the Korean face that no installed font has, by file
 * name: LAST_RESORT sets them (once per process). None when fontconfig cannot be asked (macOS,
 * Windows): their own CJK faces are left to print.
 */
function lastResortOf(): Map<string, [number, number][]> {
  if (lastResorts) return lastResorts;
  const korean = [...bundled().files.values()].filter((f) => f.name.startsWith(`${LAST_RESORT.pkg}/`));
  const system = korean.length ? installedRanges() : undefined;
  lastResorts = new Map();
  for (const f of system ? korean : []) {
    const left = rangesWithout(within(f.ranges, KANA_HAN_BLOCKS), system!);
    if (left.length) lastResorts.set(f.name, left);
  }
  return lastResorts;
}

/** The bundled faces' @font-face rules, with the last resort's when a page sets kana or ideographs (setsKanaOrHan). */
function faceCss(kanaHan: boolean): string {
  // The same ~300 KB for every page of the process (each save's render in watch mode): joined once.
  let css = faceCssOf.get(kanaHan);
  if (css !== undefined) return css;
  const rules = bundled().rules.flatMap((r) => {
    if (typeof r === 'string') return [r];
    const left = kanaHan ? lastResortOf().get(r.file) : undefined;
    return left ? [r.face(left)] : [];
  });
  css = rules.join('\n');
  faceCssOf.set(kanaHan, css);
  return css;
}
const faceCssOf = new Map<boolean, string>();

/** Whether a deck in `lang` sets ideographs and kana in the Korean face too, not Hangul alone (cjkOrder). */
const koreanDeck = (lang = ''): boolean => lang.toLowerCase().startsWith('ko');

/**
 * The characters a page in `lang` takes from a font file: its ranges, but for the Korean face's
 * slices outside a Korean deck, whose page draws Hangul alone with them, and the last resort's
 * kana and ideographs when it sets some (`kanaHan`).
 */
export function rangesFor(file: FontFile, lang?: string, kanaHan = false): [number, number][] {
  if (file.name.startsWith(`${SERIF_KR}/`)) return koreanDeck(lang) ? file.ranges : within(file.ranges, HANGUL_BLOCKS);
  if (!file.name.startsWith(`${HANGUL_ONLY.pkg}/`) || koreanDeck(lang)) return file.ranges;
  return [...within(file.ranges, HANGUL_BLOCKS), ...((kanaHan && lastResortOf().get(file.name)) || [])];
}

/** The optional faces this process prints with (installedOptionalFaces, looked up once). */
export const optionalFaces = (): OptionalFace[] => bundled().optional;

/** Every bundled font file (for coverage checks and the preview server). */
export function bundledFontFiles(): FontFile[] {
  return [...bundled().files.values()];
}

/** The characters the Korean face sets as the last face for kana and ideographs, on this machine. */
const lastResortRanges = (): [number, number][] => [...lastResortOf().values()].flat();

/**
 * The code points a WOFF2 file maps, as sorted [first, last] runs: a face's unicode-range where
 * its sheet names none. Controls, the space and the no-break space are left out: the Latin faces
 * ahead of it in every stack have them, and a page fetched the script faces for them anyway.
 */
function coverageRanges(file: string): [number, number][] {
  const runs: [number, number][] = [];
  for (const cp of [...woff2CodePoints(readFileSync(file))].sort((a, b) => a - b)) {
    if (cp <= 0x20 || cp === 0xa0) continue;
    const last = runs.at(-1);
    if (last && last[1] === cp - 1) last[1] = cp;
    else runs.push([cp, cp]);
  }
  return runs;
}

/** `U+0400-045F,U+2116` → [[0x400, 0x45f], [0x2116, 0x2116]]. */
function parseRange(range: string): [number, number][] {
  return range.split(',').map((part) => {
    const [first, last = first] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(first, 16), parseInt(last, 16)];
  });
}

/** The family of a bundled font file named by its path under FONT_ORIGIN. */
export function bundledFamilyOf(name: string): string | undefined {
  return bundled().files.get(name)?.family ?? convertedFace(name)?.localName;
}

/** The node_modules file behind a FONT_ORIGIN address, or undefined for anything else. */
export function fontFileFor(url: string): string | undefined {
  if (!url.startsWith(FONT_ORIGIN)) return undefined;
  const name = decodeURIComponent(url.slice(FONT_ORIGIN.length));
  return bundled().files.get(name)?.file ?? convertedFace(name)?.file;
}

const quote = (family: string) => `"${family.replace(/["\\]/g, '')}"`;

/** The npm face (`@fontsource/noto-sans-…`) whose forms a deck in `lang` wants, if it is Chinese, Japanese or Korean. */
export function cjkFaceOf(lang = ''): 'kr' | 'jp' | 'sc' | 'tc' | undefined {
  const tag = lang.toLowerCase();
  return koreanDeck(tag) ? 'kr' : tag.startsWith('ja') ? 'jp' : /^zh-(?:hant|tw|hk|mo)/.test(tag) ? 'tc' : tag.startsWith('zh') ? 'sc' : undefined;
}

/**
 * The installed Chinese, Japanese and Korean families in the order a deck in `lang` wants them: its
 * own language's forms of the ideographs first (Japanese, then Simplified and Traditional Chinese
 * when it names none), and the Korean face for Hangul alone unless the deck is Korean, then for
 * the kana and ideographs no installed font has, on pages that set some (`kanaHan`, setsKanaOrHan).
 * The Korean serif face whole only in a Korean deck: before the Gothic in its text (`serif`), after it
 * in headings, labels and code, so that either face from npm sets Hangul before a system face; in
 * another deck's text it sets the Hangul alone, ahead of the Gothic's Hangul.
 */
export function cjkOrder(lang = '', kanaHan = false, serif = false, faces: OptionalFace[] = optionalFaces()): string[] {
  const first = cjkFaceOf(lang);
  const installed = faces.filter((f) => first === 'kr' || f.pkg !== SERIF_KR);
  const rank = (f: OptionalFace) => (f.pkg === SERIF_KR) !== serif;
  const byKey = (key: string) => installed.filter((f) => f.pkg.endsWith(`-${key}`)).sort((a, b) => Number(rank(a)) - Number(rank(b)));
  const order = [...(first ? byKey(first) : []), ...['jp', 'sc', 'tc'].flatMap(byKey)];
  const families = [...new Set(order.map((f) => f.family))];
  if (first !== 'kr' && serif && faces.some((f) => f.pkg === HANGUL_SERIF.pkg)) families.push(HANGUL_SERIF.family);
  if (first !== 'kr' && installed.some((f) => f.pkg === HANGUL_ONLY.pkg)) families.push(HANGUL_ONLY.family);
  if (first !== 'kr' && kanaHan && lastResortRanges().length) families.push(LAST_RESORT.family);
  return families;
}

/**
 * Languages written in a script the bundled faces have only in a sans (Noto Sans Arabic, Hebrew,
 * Devanagari and Thai). Their Latin words (a product name, a protocol) sat in the serif amid
 * those sans letters, two designs in one line; set in the sans, they match the script's strokes.
 */
const SANS_SCRIPT_LANGS = new Set(['ar', 'fa', 'ur', 'ps', 'sd', 'ug', 'ckb', 'he', 'yi', 'hi', 'mr', 'ne', 'sa', 'th']);

/** Whether a deck in `lang` is written in a script set in a sans face only. */
const sansScript = (lang = ''): boolean => SANS_SCRIPT_LANGS.has(lang.toLowerCase().split(/[-_]/)[0]);

/**
 * The family stacks, bundled faces before any generic one: a character one bundled face lacks is
 * looked for in the others before the system is asked, so covered scripts never print in a face
 * that differs from machine to machine. A deck's own families come first.
 */
export function fontStacks(
  own: DeckFonts = {},
  lang?: string,
  kanaHan = false,
  system: SystemCjk = {},
  installed: OptionalFace[] = optionalFaces(),
): Record<'body' | 'head' | 'mono', string> {
  const stack = (mine: string[] | undefined, bundledOrder: string[], generic: string) =>
    [...new Set([...(mine ?? []), ...bundledOrder])].map(quote).concat(generic).join(', ');
  const { serif, sans, mono, monoUpright, math, symbols, emoji, arabic, hebrew, devanagari, thai, boxes } = FAMILIES;
  // The installed faces redrawn as TrueType (system-cjk-faces.ts) come after the npm faces, which
  // print the same everywhere (an installed Mincho before them made a Korean deck's text differ
  // from machine to machine though Noto Sans KR was installed for it); the last resort after them.
  const signs = (own: (string | undefined)[], text = false) => {
    const order = cjkOrder(lang, kanaHan, text, installed);
    const last = order.indexOf(LAST_RESORT.family);
    const mine = own.filter((f): f is string => !!f);
    const cjk = [...order.slice(0, last < 0 ? order.length : last), ...mine, ...(last < 0 ? [] : order.slice(last))];
    // Box drawing before the maths face, which has a few of its characters but not at a code column's width.
    return [arabic, hebrew, devanagari, thai, ...cjk, boxes, math, symbols, emoji];
  };
  // A deck whose own script is set in a sans face (Arabic, Hebrew, Devanagari, Thai) sets its Latin in the sans too.
  const text = sansScript(lang) ? [sans, serif] : [serif, sans];
  return {
    // The text: a Mincho (npm, then installed) before a Gothic, so that a serif line keeps serif Hangul and ideographs.
    body: stack(own.body, [...text, ...signs([system.serif, system.sans], true)], sansScript(lang) ? 'sans-serif' : 'serif'),
    head: stack(own.head, [sans, serif, ...signs([system.sans ?? system.serif])], 'sans-serif'),
    mono: stack(own.mono, [mono, monoUpright, boxes, ...(own.monoFallback ?? []), sans, ...signs([system.sans ?? system.serif])], 'monospace'),
  };
}

/** The families of the installed CJK faces redrawn for a page, if any (system-cjk-faces.ts). */
interface SystemCjk {
  serif?: string;
  sans?: string;
}

/**
 * The CSS every printed layout starts with: the bundled faces and the family variables; the last
 * resort's for a page with kana or ideographs (`kanaHan`); and the installed CJK face's
 * characters among `cjk` (the page's Chinese, Japanese and Korean characters) redrawn as
 * TrueType when it has PostScript outlines, which Chromium would print as Type 3.
 */
export function fontCss(own: DeckFonts = {}, lang?: string, kanaHan = false, cjk: number[] = []): string {
  const system = systemCjkRules(cjk, lang ?? '', FONT_ORIGIN);
  const families: SystemCjk = {
    serif: system.some((r) => r.includes(quote(SYSTEM_CJK.serif))) ? SYSTEM_CJK.serif : undefined,
    sans: system.some((r) => r.includes(quote(SYSTEM_CJK.sans))) ? SYSTEM_CJK.sans : undefined,
  };
  const stacks = fontStacks(own, lang, kanaHan, families);
  // A drawn diagram names its own stack, ending in the generic sans (diagram-figure.ts): these come before it there.
  const systemCjk = [families.sans, families.serif].filter((f): f is string => !!f);
  const diagramTail = systemCjk.length ? ` ${SYSTEM_CJK_VAR}: ${[...systemCjk.map(quote), 'sans-serif'].join(', ')};` : '';
  return `${[faceCss(kanaHan), ...system].join('\n')}\n:root { --font-body: ${stacks.body}; --font-head: ${stacks.head}; --font-mono: ${stacks.mono};${diagramTail} }`;
}
