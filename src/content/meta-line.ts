import { LEVELS, type Level } from './model.js';
import { splitTags } from './front-matter.js';
import { contentError } from '../errors.js';

/** What a `Level: hard · Tags: a, b` line under a heading says. */
export interface MetaLine {
  level?: Level;
  tags?: string[];
  id?: string;
  /** Raw tag text, kept so `check` can flag empty entries. */
  rawTags?: string;
}

const KEYS = ['level', 'tags', 'tag', 'id'] as const;
const SEGMENT = /^\s*([A-Za-z]+)\s*:\s*(.*)$/s;

/** True when a paragraph's text opens with a known `Key:` (so it is meant as a meta line). */
export function looksLikeMeta(text: string): boolean {
  const m = SEGMENT.exec(text.split(/\n|·|\|/)[0] ?? '');
  return !!m && (KEYS as readonly string[]).includes(m[1].toLowerCase());
}

/** Parses a meta line; an unknown key or level is an error at that line. */
export function parseMetaLine(text: string, file: string, line: number): MetaLine {
  const meta: MetaLine = {};
  for (const segment of text.split(/\n|·|\|/)) {
    if (!segment.trim()) continue;
    const m = SEGMENT.exec(segment);
    const key = m?.[1].toLowerCase();
    if (!m || !key || !(KEYS as readonly string[]).includes(key)) {
      throw contentError(file, line, `unknown entry "${segment.trim()}" in the meta line`, 'use Level: easy|medium|hard, Tags: a, b or Id: name, separated by " · "');
    }
    const value = m[2].trim();
    if (key === 'level') meta.level = parseLevel(value, file, line);
    else if (key === 'tags' || key === 'tag') {
      meta.rawTags = value;
      meta.tags = splitTags(value).map((t) => t.toLowerCase());
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
