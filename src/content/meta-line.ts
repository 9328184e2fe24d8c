import { toString } from 'mdast-util-to-string';
import type { Blockquote, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { LEVELS, type Level } from '../model/deck.js';
import { splitTags } from './front-matter.js';
import { contentError } from '../errors.js';
import { levelLine } from './level-names.js';
import { phrasingLines } from './phrasing-lines.js';
import { takeTagLines } from './tag-lines.js';
import { isCalloutBox } from './callouts.js';

/** What a `Level: hard · Tags: a, b` line under a heading says. */
export interface MetaLine {
  level?: Level;
  tags?: string[];
  id?: string;
  /** `Status: open`: the question has no answer yet (printed as open, on no card). */
  open?: boolean;
  /** Raw tag text, kept so `check` can flag empty entries. */
  rawTags?: string;
}

const KEYS = ['level', 'tags', 'tag', 'id', 'status'] as const;
const SEGMENT = /^\s*([A-Za-z]+)\s*:\s*(.*)$/s;

/**
 * True when a paragraph's text opens with a known `Key:` (so it is meant as a meta line). In a
 * bank of another layout (`foreign`) every entry must be one we know: `**ID:** 7 · **Type:**
 * single` is the bank's own line and stays in its answer; in ours it is an error.
 */
export function looksLikeMeta(text: string, foreign = false): boolean {
  const m = SEGMENT.exec(text.split(/\n|·|\|/)[0] ?? '');
  return !!m && (KEYS as readonly string[]).includes(m[1].toLowerCase()) && (!foreign || (onlyKnownKeys(text) && readsWhole(text)));
}

/** Whether a foreign bank's line reads as ours throughout (`Level: Beginner` does not: it is the bank's own, read by levelLine). */
function readsWhole(text: string): boolean {
  try {
    parseMetaLine(text, '', 0);
    return true;
  } catch {
    return false;
  }
}

/** Parses a meta line; an unknown key or level is an error at that line. */
export function parseMetaLine(text: string, file: string, line: number): MetaLine {
  const meta: MetaLine = {};
  for (const segment of text.split(/\n|·|\|/)) {
    if (!segment.trim()) continue;
    const m = SEGMENT.exec(segment);
    const key = m?.[1].toLowerCase();
    if (!m || !key || !(KEYS as readonly string[]).includes(key)) {
      throw contentError(file, line, `unknown entry "${segment.trim()}" in the meta line`, HINT);
    }
    const value = m[2].trim();
    if (key === 'level') meta.level = parseLevel(value, file, line);
    else if (key === 'tags' || key === 'tag') {
      meta.rawTags = value;
      meta.tags = splitTags(value).map((t) => t.toLowerCase());
    } else if (key === 'status') {
      if (value.toLowerCase() !== 'open') throw contentError(file, line, `unknown status "${value}"`, 'write `Status: open` for a question with no answer yet, or remove the entry');
      meta.open = true;
    } else if (value) meta.id = value;
    else throw contentError(file, line, 'Id is empty', 'write `Id: some-name` or remove the entry');
  }
  return meta;
}

/** `Hard` → 'hard'; anything else is an error naming the allowed values. */
export function parseLevel(value: string, file: string, line: number): Level {
  const level = value.trim().toLowerCase();
  if (!level) throw contentError(file, line, 'Level is empty', `write \`Level: ${LEVELS.join('|')}\` or remove the entry`);
  if ((LEVELS as readonly string[]).includes(level)) return level as Level;
  throw contentError(file, line, `unknown level "${value.trim()}"`, `use one of ${LEVELS.join(', ')}`);
}

const lineOf = (node: { position?: { start: { line: number } } }): number => node.position?.start.line ?? 1;
const HINT = 'use Level: easy|medium|hard, Tags: a, b or Id: name, separated by " · "';

/** True when every entry of a line is one we know (`ID: 7 · Type: single` is not: a bank's own labels). */
const onlyKnownKeys = (text: string): boolean =>
  text.split(/\n|·|\|/).every((segment) => !segment.trim() || (KEYS as readonly string[]).includes(SEGMENT.exec(segment)?.[1].toLowerCase() ?? ''));

/** A paragraph whose first line is a bank's level line over other lines (`**Difficulty**: Easy⏎**Category**: Joins`): the level, and the paragraph of the other lines. */
export function levelFirstLine(node: Paragraph): { level: Level; rest: Paragraph } | undefined {
  const lines = phrasingLines(node.children);
  const level = lines.length > 1 ? levelLine(toString({ type: 'paragraph', children: lines[0] })) : undefined;
  if (!level) return undefined;
  const kept = lines.slice(1).flatMap((line, k): PhrasingContent[] => (k ? [{ type: 'text', value: '\n' }, ...line] : line));
  return { level, rest: { ...node, children: kept } };
}

/** Splits leading `Level: … · Tags: …` paragraphs and tag lines off a block list (several lines merge); `foreign` as in looksLikeMeta. */
export function takeMeta(nodes: RootContent[], file: string, foreign = false): { meta: MetaLine; rest: RootContent[] } {
  let meta: MetaLine = {};
  let i = 0;
  for (; i < nodes.length; i++) {
    const node = nodes[i];
    if (node.type !== 'paragraph') break;
    // A bank's own level line (`**Difficulty**: Beginner`, `Level: Advanced`) says the level in its words.
    const named = foreign ? levelLine(toString(node)) : undefined;
    // Its first line over the bank's other labelled lines (`**Difficulty**: Easy⏎**Category**: Joins`): the level is taken, the other lines stay.
    const first = foreign && !named ? levelFirstLine(node) : undefined;
    if (first) return { meta: { ...meta, level: first.level }, rest: [first.rest, ...nodes.slice(i + 1)] };
    if (named) {
      meta = { ...meta, level: named };
      // The line gives more fields beside it (`**Difficulty:** Advanced | **Type:** Scenario`): it stays, so they are not lost.
      if (/[|·]\s*\S[^|·]*[:：]/.test(toString(node))) break;
      continue;
    }
    if (looksLikeMeta(toString(node), foreign)) {
      meta = { ...meta, ...parseMetaLine(toString(node), file, lineOf(node)) };
      continue;
    }
    // A bank's own tag line (`**标签：** a、b`), maybe beside its other labelled lines, which stay.
    const tagged = takeTagLines(node);
    if (!tagged) break;
    meta = { ...meta, tags: [...(meta.tags ?? []), ...tagged.tags] };
    if (tagged.rest) return { meta, rest: [tagged.rest, ...nodes.slice(i + 1)] };
  }
  return { meta, rest: nodes.slice(i) };
}

/**
 * What a bank keeps in comments, where any line of a question may hold them: `<!-- tags:
 * (javascript, react) -->`, `<!-- expertise: (2) -->`, `<!-- difficulty: hard -->`.
 */
export const COMMENT_META = /^\s*<!--\s*(tags?|level|difficulty|expertise)\s*:\s*\(?\s*([^()\n]*?)\s*\)?\s*-->\s*$/i;

/** An expertise numbered from 0 (a junior's question) to 2 (a senior's). */
const NUMBERED_LEVELS: readonly Level[] = ['easy', 'medium', 'hard'];

/** The tags and level a question's metadata comments give (read beneath a meta line, which wins). */
export function commentMeta(nodes: RootContent[]): MetaLine {
  const meta: MetaLine = {};
  for (const node of nodes) {
    const m = node.type === 'html' ? COMMENT_META.exec(node.value) : null;
    if (!m) continue;
    const [key, value] = [m[1].toLowerCase(), m[2]];
    if (key.startsWith('tag')) {
      const tags = splitTags(value).map((t) => t.toLowerCase());
      if (tags.length) meta.tags = tags;
    } else {
      const level = /^\d$/.test(value) ? (key === 'expertise' ? NUMBERED_LEVELS[Number(value)] : undefined) : levelLine(`level: ${value}`);
      if (level) meta.level = level;
    }
  }
  return meta;
}

/**
 * `Difficulty: hard` above the card answer is a meta line with a key we don't know; read as the
 * answer, it would push the card answer into the full answer. An error says so instead.
 */
export function checkUnknownMeta(nodes: RootContent[], file: string): void {
  const [node, next] = nodes;
  // A box under it (a folded `<details>` example, a tip) is no card answer: the paragraph is the answer's.
  if (node?.type !== 'paragraph' || next?.type !== 'blockquote' || isCalloutBox(next)) return;
  // A label set in bold (`**Setup:** Show the file`) is the bank's own line, as an interviewer's guide writes one over
  // the question it quotes; a meta line of ours is plain.
  if (node.children[0]?.type === 'strong') return;
  const key = /^([A-Za-z]+)\s*:\s*\S[^\n]{0,60}$/.exec(toString(node))?.[1];
  if (key) throw contentError(file, lineOf(node), `unknown entry "${key}" in the meta line`, HINT);
}

/**
 * `> card` directly followed by `Level: hard` (no blank line) makes the meta line a lazy
 * continuation of the quote, so it would print on the card. An error says so instead.
 */
export function checkLazyMeta(quote: Blockquote, sourceLines: string[], file: string): void {
  const last = quote.children[quote.children.length - 1];
  const end = last?.position?.end.line;
  if (last?.type !== 'paragraph' || !end) return;
  const source = sourceLines[end - 1] ?? '';
  if (!/^\s*>/.test(source) && looksLikeMeta(source)) {
    throw contentError(file, end, 'the meta line runs into the card answer above it', 'leave a blank line between the "> card answer" and the Level/Tags line');
  }
}
