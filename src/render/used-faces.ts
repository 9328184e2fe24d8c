import { escapeRegExp } from '../model/escape-reg-exp.js';
import { CJK_CHARS, hasPageOnlyFaces, pageOnlyFace, type PageOnlyFace } from './fonts.js';

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
  const head = headFaces(html.slice(0, end));
  const body = html.slice(end);
  const { rules } = head;
  if (!rules.length) return html;
  const used = usedChars(head.chars, body);
  // A family the page never names sets nothing (a Japanese deck's stacks name the Korean face for
  // Hangul alone). Its body is read too: a diagram's SVG names its own stack.
  const names = new Map<string, boolean>();
  const isNamed = (family: string) => {
    let known = names.get(family);
    if (known === undefined) names.set(family, (known = head.names(family) || namesFamily(body, family)));
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
  const unnamed = [...dropped].filter((f) => !kept.has(f));
  return head.without(gone, unnamed) + body;
}

/** What a head's rules say. */
interface HeadFaces {
  rules: { at: number; length: number; face: PageOnlyFace }[];
  /** The CJK characters the head sets (its comments left out). */
  chars: Set<number>;
  /** Whether the head, its page-only rules left out, names `family`. */
  names(family: string): boolean;
  /** The head without the rules `gone`, and the families `unnamed` out of its stacks. */
  without(gone: HeadFaces['rules'], unnamed: string[]): string;
}

/**
 * What the block of a head's @font-face rules says, worked out once per block: some 50 KB and
 * ~530 rules (with an optional CJK face installed), the same in every page of a build (every deck,
 * every output) and on every render of a watch session, where the rest of the head (title,
 * styles) differs from page to page; keyed by the whole head, each deck's pages read it again.
 */
interface FaceBlock {
  /** Its page-only rules, at offsets within the block. */
  rules: HeadFaces['rules'];
  /** The CJK characters of the block, its comments left out. */
  chars: Set<number>;
  /** The block without the rules `gone` (a copy of its own, made once for each set of rules). */
  without(gone: HeadFaces['rules']): string;
}

/** The last few blocks read. */
const blocks = new Map<string, FaceBlock>();
const BLOCKS_KEPT = 4;

function headFaces(page: string): HeadFaces {
  const first = FACE_RULE_START.exec(page);
  let last: RegExpExecArray | null = null;
  for (const m of page.matchAll(FACE_RULE)) last = m as RegExpExecArray;
  const from = first?.index ?? page.length;
  const to = last ? last.index + last[0].length : from;
  // Before and after the block, as they are in this page; the block, read once for every page with it.
  const before = page.slice(0, from);
  const after = page.slice(to);
  const block = faceBlock(page.slice(from, to));
  // A block that opens inside a comment (nothing we write) is read on the page as it stands.
  const open = inComment(page, from);
  const chars = new Set(open ? [] : block.chars);
  if (open) addChars(chars, page.slice(from, to), (at) => inComment(page, from + at));
  addChars(chars, before, (at) => inComment(before, at));
  addChars(chars, after, (at) => inComment(page, to + at));
  const rules = block.rules.map((r) => ({ ...r, at: r.at + from }));
  let rest: string | undefined;
  const named = new Map<string, boolean>();
  return {
    rules,
    chars,
    names: (family) => {
      let is = named.get(family);
      if (is === undefined) named.set(family, (is = namesFamily((rest ??= before + block.without(block.rules) + after), family)));
      return is;
    },
    without: (gone, unnamed) => {
      const trimmed = before + block.without(gone.map((r) => ({ ...r, at: r.at - from }))) + after;
      // The stacks name each family once, always with a family after it.
      const text = unnamed.length
        ? trimmed.replace(/:root \{ --font-body: [^}]*\}/, (root) => unnamed.reduce((r, f) => r.replaceAll(`"${f}", `, ''), root))
        : trimmed;
      return own(text);
    },
  };
}

/** The start of a @font-face rule. */
const FACE_RULE_START = /@font-face\s*\{/;

/** Whether `at` in `text` lies inside a comment. */
const inComment = (text: string, at: number): boolean => text.lastIndexOf('/*', at) > text.lastIndexOf('*/', at);

function faceBlock(text: string): FaceBlock {
  const known = blocks.get(text);
  if (known) return known;
  // A copy of its own: the block as cut from the page would keep the whole page alive (a guide part's, megabytes).
  const block = own(text);
  const rules = [...block.matchAll(FACE_RULE)].flatMap((m) => {
    const face = pageOnlyFace(m[0].endsWith('\n') ? m[0].slice(0, -1) : m[0]);
    return face ? [{ at: m.index, length: m[0].length, face }] : [];
  });
  const chars = new Set<number>();
  addChars(chars, block, (at) => inComment(block, at));
  const cuts = new Map<string, string>();
  const made: FaceBlock = {
    rules,
    chars,
    without: (gone) => {
      const key = gone.map((r) => r.at).join();
      let cutText = cuts.get(key);
      if (cutText === undefined) {
        if (cuts.size >= BLOCKS_KEPT) cuts.clear();
        cuts.set(key, (cutText = own(cut(block, gone))));
      }
      return cutText;
    },
  };
  if (blocks.size >= BLOCKS_KEPT) blocks.delete(blocks.keys().next().value!);
  blocks.set(block, made);
  return made;
}

/** The same text in a string of its own, every code unit kept (UTF-16, as JavaScript holds it). */
const own = (text: string): string => Buffer.from(text, 'utf16le').toString('utf16le');

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
 * The CJK characters a page sets, sorted: those of its head's text, scripts and styles (`head`,
 * read once: headFaces), but not those in a comment of its head (our stylesheets quote Japanese
 * line breaks), which print nothing; and those of its body.
 */
function usedChars(head: Set<number>, body: string): number[] {
  const chars = new Set(head);
  addChars(chars, body);
  return [...chars].sort((a, b) => a - b);
}

/** Adds the CJK characters of `text` to `chars`, but those of runs `skip` says no to. */
function addChars(chars: Set<number>, text: string, skip?: (at: number) => boolean): void {
  for (const m of text.matchAll(CJK_RUNS)) {
    if (skip?.(m.index)) continue;
    for (const ch of m[0]) if (CJK_ONE.test(ch)) chars.add(ch.codePointAt(0)!);
  }
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
