import { escapeRegExp } from '../model/escape-reg-exp.js';
import { CJK_CHARS, hasPageOnlyFaces, pageOnlyFace } from './fonts.js';

// An installed Chinese, Japanese or Korean face from npm comes as a hundred-odd slices per weight,
// each its own @font-face rule: the Korean face alone was 406 of the ~530 rules every page carried,
// a Latin deck's too, which Chromium parsed on every load of every page. A page keeps the rules of
// the slices it has a character for, read from its own finished HTML (each output apart: a deck's
// cards may set fewer characters than its guide).

/**
 * Runs of the characters those faces set, as UTF-16 code units (a pattern without the `u` flag
 * scans a 2 MB page in half the time): the ideographs past U+FFFF as their surrogates.
 * A run may hold characters outside CJK_CHARS (an emoji's low surrogate): each is checked.
 */
const CJK_RUNS = /[\u1100-\u11ff\u2e80-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\udc00-\udfff\ud840-\ud884]+/g;
const FACE_RULE = /@font-face\s*\{[^}]*\}\n?/g;
const HEAD_END = /<\/head\s*>|<body\b/i;

/**
 * The page without the rules of installed CJK faces it sets no character with, and without those
 * faces' names in the family stacks once none of their rules is left (as on a machine without
 * them): the page prints the same. Only rules fontCss wrote are left out; a theme's are kept.
 */
export function keepUsedFaces(html: string): string {
  if (!hasPageOnlyFaces()) return html;
  const end = HEAD_END.exec(html)?.index ?? html.length;
  const head = html.slice(0, end);
  const body = html.slice(end);
  const rules = [...head.matchAll(FACE_RULE)].flatMap((m) => {
    const face = pageOnlyFace(m[0].endsWith('\n') ? m[0].slice(0, -1) : m[0]);
    return face ? [{ at: m.index, length: m[0].length, face }] : [];
  });
  if (!rules.length) return html;
  const used = usedChars(head, body);
  // A family the page never names sets nothing (a Japanese deck's stacks name the Korean face for
  // Hangul alone). Its body is read too: a diagram's SVG names its own stack.
  let rest: string | undefined;
  const names = new Map<string, boolean>();
  const isNamed = (family: string) => {
    let known = names.get(family);
    if (known === undefined) {
      rest ??= cut(head, rules);
      names.set(family, (known = namesFamily(rest, family) || namesFamily(body, family)));
    }
    return known;
  };
  const kept = new Set<string>();
  const dropped = new Set<string>();
  const gone = rules.filter(({ face }) => {
    const sets = used.length > 0 && face.ranges.some(([a, b]) => anyWithin(used, a, b)) && isNamed(face.family);
    (sets ? kept : dropped).add(face.family);
    return !sets;
  });
  if (!gone.length) return html;
  const trimmed = cut(head, gone);
  const unnamed = [...dropped].filter((f) => !kept.has(f));
  // The stacks name each family once, always with a family after it.
  const stacks = unnamed.length
    ? trimmed.replace(/:root \{ --font-body: [^}]*\}/, (root) => unnamed.reduce((r, f) => r.replaceAll(`"${f}", `, ''), root))
    : trimmed;
  return stacks + body;
}

/** `text` without the stretches `spans` (in order) cover. */
function cut(text: string, spans: readonly { at: number; length: number }[]): string {
  let out = '';
  let from = 0;
  for (const { at, length } of spans) {
    out += text.slice(from, at);
    from = at + length;
  }
  return out + text.slice(from);
}

/** Whether `css` names `family` (quoted, or bare before a comma, semicolon, brace or `!important`). */
function namesFamily(css: string, family: string): boolean {
  if (!css.includes(family)) return false;
  const name = escapeRegExp(family);
  return new RegExp(`(["'])${name}\\1|[:,]\\s*${name}\\s*[,;}!]`).test(css);
}

/**
 * The CJK characters a page sets, sorted: those of its text, scripts and styles, but not those
 * in a comment of its head (our stylesheets quote Japanese line breaks), which print nothing.
 */
function usedChars(head: string, body: string): number[] {
  const chars = new Set<number>();
  const add = (text: string, skip?: (at: number) => boolean) => {
    for (const m of text.matchAll(CJK_RUNS)) {
      if (skip?.(m.index)) continue;
      for (const ch of m[0]) if (CJK_ONE.test(ch)) chars.add(ch.codePointAt(0)!);
    }
  };
  add(head, (at) => head.lastIndexOf('/*', at) > head.lastIndexOf('*/', at));
  add(body);
  return [...chars].sort((a, b) => a - b);
}

/** One character those faces set. */
const CJK_ONE = new RegExp(`^${CJK_CHARS.source}$`, 'u');

/** Whether sorted `chars` holds one from `a` to `b`. */
function anyWithin(chars: number[], a: number, b: number): boolean {
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (chars[mid] < a) lo = mid + 1;
    else hi = mid;
  }
  return lo < chars.length && chars[lo] <= b;
}
