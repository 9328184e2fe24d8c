import type { PhrasingContent } from 'mdast';
import type { Level } from '../../model/deck.js';

// A level marked in a question's own words, before or after them: traffic-light colours (🟢 easy,
// 🟡 medium, 🔴 hard), a count of stars (⭐ easy, ⭐⭐ medium, ⭐⭐⭐ or more hard; on a scale written
// out with empty stars, `★☆☆`, the filled share of it) or the level's name in brackets (`[Easy]`, `(Medium)`, `[Advanced]`).
const COLOURS: Record<string, Level> = { '🟢': 'easy', '🟩': 'easy', '🟡': 'medium', '🟨': 'medium', '🟠': 'medium', '🟧': 'medium', '🔴': 'hard', '🟥': 'hard' };
const NAMES: Record<string, Level> = {
  easy: 'easy',
  basic: 'easy',
  beginner: 'easy',
  junior: 'easy',
  medium: 'medium',
  intermediate: 'medium',
  middle: 'medium',
  mid: 'medium',
  hard: 'hard',
  advanced: 'hard',
  expert: 'hard',
  senior: 'hard',
};
/** A run of stars, perhaps ended by empty ones (`★★☆`), perhaps in brackets (`(★★)`). */
export const STARS = String.raw`[(\[]?((?:[⭐★🌟]\uFE0F?){1,5}(?:☆\uFE0F?){0,4})[)\]]?`;
const MARK = String.raw`(?:(🟢|🟩|🟡|🟨|🟠|🟧|🔴|🟥)\uFE0F?|${STARS}|[[(](easy|basic|beginner|junior|medium|intermediate|middle|mid|hard|advanced|expert|senior)\+?[\])])`;
const LEADING = new RegExp(`^\\s*${MARK}\\s*`, 'iu');
const TRAILING = new RegExp(`\\s*${MARK}\\s*$`, 'iu');

/** The level a run of stars gives: its count (1 easy, 2 medium, 3 or more hard), or its filled share of a written-out scale. */
export function starLevel(run: string): Level {
  const marks = [...run.replace(/\uFE0F/g, '')];
  const filled = marks.filter((c) => c !== '☆').length;
  if (filled === marks.length) return filled >= 3 ? 'hard' : filled === 2 ? 'medium' : 'easy';
  const share = filled / marks.length;
  return share <= 1 / 3 ? 'easy' : share <= 2 / 3 ? 'medium' : 'hard';
}

function levelOf(m: RegExpExecArray): Level {
  if (m[1]) return COLOURS[m[1]];
  if (m[2]) return starLevel(m[2]);
  return NAMES[m[3].toLowerCase()];
}

/** What a level mark was: stars are read as a level only where the bank means one (see star-levels.ts). */
export interface LevelMark {
  level: Level;
  children: PhrasingContent[];
  /** The run of stars the mark was, if it was stars. */
  stars?: string;
}

/**
 * The level a question marks in its own words (`🟢 What is JSX?`, `What is a ref? (Medium)`,
 * `⭐⭐⭐ Why …?`), and its words without the mark: the level is the question's badge, printed as
 * one, not part of what is asked. Undefined when no mark opens or closes the words, or the mark is all there is.
 */
export function levelMark(children: PhrasingContent[]): LevelMark | undefined {
  const badged = badgeMark(children);
  if (badged) return badged;
  const first = children[0];
  const last = children[children.length - 1];
  let m: RegExpExecArray | null;
  if (first?.type === 'text' && (m = LEADING.exec(first.value))) {
    const value = first.value.slice(m[0].length);
    const rest = value ? [{ ...first, value }, ...children.slice(1)] : children.slice(1);
    return rest.length ? { level: levelOf(m), children: rest, ...(m[2] ? { stars: m[2] } : {}) } : undefined;
  }
  if (last?.type === 'text' && (m = TRAILING.exec(last.value))) {
    const value = last.value.slice(0, m.index);
    const rest = value ? [...children.slice(0, -1), { ...last, value }] : children.slice(0, -1);
    return rest.length ? { level: levelOf(m), children: rest, ...(m[2] ? { stars: m[2] } : {}) } : undefined;
  }
  return undefined;
}

// A badge's words naming a level: its description (`Easy`, `Difficulty: Medium`, `level-hard`).
const BADGE_WORDS = /^\s*(?:(?:difficulty|level|lvl)\s*[:_-]?\s*)?(easy|basic|beginner|junior|medium|intermediate|middle|mid|hard|advanced|expert|senior)\s*$/i;
// A shields.io badge's address naming a level in its label or message (`/badge/-Easy-brightgreen`, `/badge/difficulty-hard-red`).
const BADGE_URL = /\/badge\/(?:[^/?#]*?[-/])?(?:difficulty|level)?[-_]?(easy|basic|beginner|junior|medium|intermediate|middle|mid|hard|advanced|expert|senior)(?=[-_.?#]|$)/i;

/** The level a badge image gives (alone or as a link's only content), read from its description or its shields.io address. */
function badgeLevel(node: PhrasingContent | undefined): Level | undefined {
  const image = node?.type === 'link' && node.children.length === 1 ? node.children[0] : node;
  if (image?.type !== 'image') return undefined;
  const named = BADGE_WORDS.exec(image.alt ?? '')?.[1] ?? BADGE_URL.exec(decodeURIComponent(image.url.replace(/%(?![0-9a-f]{2})/gi, '%25')))?.[1];
  return named ? NAMES[named.toLowerCase()] : undefined;
}

const blank = (node: PhrasingContent | undefined): boolean => node?.type === 'text' && !node.value.trim();

/**
 * A level given as a badge image before or after a question's words (`### What is a goroutine?
 * ![Easy](https://img.shields.io/badge/-Easy-brightgreen)`): the level, and the words without it
 * (the picture is the level's, drawn by a site the build never fetches from).
 */
function badgeMark(children: PhrasingContent[]): LevelMark | undefined {
  const kids = [...children];
  while (blank(kids[kids.length - 1])) kids.pop();
  while (blank(kids[0])) kids.shift();
  const last = badgeLevel(kids[kids.length - 1]);
  const first = last ? undefined : badgeLevel(kids[0]);
  const rest = last ? kids.slice(0, -1) : first ? kids.slice(1) : [];
  const level = last ?? first;
  if (!level) return undefined;
  while (blank(rest[rest.length - 1])) rest.pop();
  while (blank(rest[0])) rest.shift();
  const trimmed = rest.map((c, i) => {
    if (c.type !== 'text') return c;
    const start = i === 0 ? c.value.trimStart() : c.value;
    return { ...c, value: i === rest.length - 1 ? start.trimEnd() : start };
  });
  return trimmed.length ? { level, children: trimmed } : undefined;
}
