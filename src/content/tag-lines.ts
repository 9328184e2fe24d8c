import { toString } from 'mdast-util-to-string';
import type { Paragraph, PhrasingContent } from 'mdast';
import { phrasingLines } from './phrasing-lines.js';

// A bank's label for a question's tags, in the languages banks are written in, bold or not:
// `**标签：** a、b`, `**Tags**: a, b`, `Теги: a`.
const TAG_LINE = /^\s*(?:tags?|标签|標籤|タグ|태그|теги|тэги|метки|etiquetas|étiquettes|schlagwörter|schlagworte)\s*[:：]\s*(\S.*?)\s*$/iu;

// A tag is a few words, not a sentence ("Tags: these are looked up under in-addr.arpa." says something).
const TAG = /^(?!.*[.!?。！？]$)\S+(?:\s+\S+){0,3}$/u;

/** The tags a line gives, when it is only a tag label and its tags; undefined for any other line. */
function lineTags(line: PhrasingContent[]): string[] | undefined {
  const value = TAG_LINE.exec(toString({ type: 'paragraph', children: line }))?.[1];
  if (!value) return undefined;
  const tags = value
    .split(/[,，、;；]/)
    .map((t) => t.trim().replace(/^#/, '').trim())
    .filter(Boolean);
  return tags.length && tags.every((t) => TAG.test(t)) ? tags.map((t) => t.toLowerCase()) : undefined;
}

/**
 * The tags a paragraph's tag lines give (`**标签：** 分支基础` on a line of its own, or beside the
 * bank's other labelled lines such as `**类型：** 单选题`), and the paragraph without them
 * (undefined when nothing else was in it). Undefined when the paragraph has no tag line.
 */
export function takeTagLines(p: Paragraph): { tags: string[]; rest: Paragraph | undefined } | undefined {
  const lines = phrasingLines(p.children);
  const read = lines.map(lineTags);
  if (!read.some(Boolean)) return undefined;
  const kept = lines.filter((_, i) => !read[i]).filter((line) => toString({ type: 'paragraph', children: line }).trim());
  const children = kept.flatMap((line, i): PhrasingContent[] => (i ? [{ type: 'break' }, ...line] : line));
  return { tags: read.flatMap((tags) => tags ?? []), rest: kept.length ? { ...p, children } : undefined };
}
