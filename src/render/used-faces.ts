import { CJK_CHARS, hasPageOnlyFaces, pageOnlyFace } from './fonts.js';

// An installed Chinese, Japanese or Korean face from npm comes as a hundred-odd slices per weight,
// each its own @font-face rule: the Korean face alone was 406 of the ~530 rules every page carried,
// a Latin deck's too, which Chromium parsed on every load of every page. A page keeps the rules of
// the slices it has a character for, read from its own finished HTML (each output apart: a deck's
// cards may set fewer characters than its guide).

/** Runs of the characters those faces set: one match per run, not per character. */
const CJK_RUNS = new RegExp(`${CJK_CHARS.source}+`, 'gu');
const FACE_RULE = /@font-face\s*\{[^}]*\}\n?/g;
const STYLE = /(<style\b[^>]*>)([\s\S]*?)(<\/style\s*>)/gi;
const CSS_COMMENT = /\/\*[\s\S]*?\*\//g;
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
  const used = usedChars(head, html.slice(end));
  const rules = [...head.matchAll(FACE_RULE)].map((m) => ({ text: m[0], at: m.index, face: pageOnlyFace(m[0].replace(/\n$/, '')) }));
  if (!rules.some((r) => r.face)) return html;
  // A family the page never names sets nothing (a Japanese deck's stacks name the Korean face for
  // Hangul alone). Its body is read too: a diagram's SVG names its own stack.
  let named = '';
  let from = 0;
  for (const r of rules) ((named += head.slice(from, r.at)), (from = r.at + r.text.length));
  named += head.slice(from) + html.slice(end);
  const names = new Map<string, boolean>();
  const isNamed = (family: string) => names.get(family) ?? names.set(family, namesFamily(named, family)).get(family)!;
  const kept = new Set<string>();
  const dropped = new Set<string>();
  const keep = rules.map(({ face }) => {
    if (!face) return true;
    const sets = isNamed(face.family) && face.ranges.some(([a, b]) => anyWithin(used, a, b));
    (sets ? kept : dropped).add(face.family);
    return sets;
  });
  if (!dropped.size) return html;
  let trimmed = '';
  from = 0;
  rules.forEach((r, i) => {
    if (keep[i]) return;
    trimmed += head.slice(from, r.at);
    from = r.at + r.text.length;
  });
  trimmed += head.slice(from);
  const gone = [...dropped].filter((f) => !kept.has(f));
  // The stacks name each family once, always with a family after it.
  const stacks = gone.length ? trimmed.replace(/:root \{ --font-body: [^}]*\}/, (root) => gone.reduce((r, f) => r.replaceAll(`"${f}", `, ''), root)) : trimmed;
  return stacks + html.slice(end);
}

/** Whether `css` names `family` (quoted, or bare before a comma, semicolon, brace or `!important`). */
function namesFamily(css: string, family: string): boolean {
  if (!css.includes(family)) return false;
  const name = family.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(["'])${name}\\1|[:,]\\s*${name}\\s*[,;}!]`).test(css);
}

/**
 * The CJK characters a page sets, sorted: those of its text, scripts and styles, but not of the
 * comments in its head's stylesheets (ours quote Japanese line breaks), which print nothing.
 */
function usedChars(head: string, body: string): number[] {
  const chars = new Set<number>();
  const add = (text: string) => {
    for (const [run] of text.matchAll(CJK_RUNS)) for (const ch of run) chars.add(ch.codePointAt(0)!);
  };
  add(head.replace(STYLE, (_, open: string, css: string, close: string) => open + css.replace(CSS_COMMENT, '') + close));
  add(body);
  return [...chars].sort((a, b) => a - b);
}

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
