import type { Paragraph, Root } from 'mdast';
import { excerpt } from '../model/excerpt.js';
import { toString } from 'mdast-util-to-string';
import { looksLikeMeta, parseMetaLine } from '../content/meta-line.js';
import { StudyguideError } from '../errors.js';
import type { Finding } from './finding.js';

const SEPARATOR = /·|\|/;

/**
 * Reads every `Level: … · Tags: …` line under a section or question heading, one entry at a time,
 * so that several mistakes are all reported (the build stops at the first): unknown levels,
 * unknown entries, and empty tags (`Tags:` with nothing, or `a, , b`).
 */
export function checkMetaLines(file: string, tree: Root, foreign = false): Finding[] {
  const findings: Finding[] = [];
  let afterHeading = false;
  let given = new Map<string, Given>();
  for (const node of tree.children) {
    if (node.type === 'heading') {
      afterHeading = node.depth === 2 || node.depth === 3;
      given = new Map();
      continue;
    }
    if (!afterHeading) continue;
    if (node.type === 'blockquote') continue; // a meta line may also follow the card answer
    if (node.type !== 'paragraph' || !looksLikeMeta(toString(node), foreign)) {
      afterHeading = false;
      continue;
    }
    const start = node.position?.start.line ?? 1;
    findings.push(...notText(file, node));
    toString(node)
      .split('\n')
      .forEach((text, i) => {
        for (const entry of text.split(SEPARATOR)) findings.push(...checkEntry(file, start + i, entry), ...givenTwice(file, start + i, entry, given));
      });
  }
  return findings;
}

/**
 * A picture in a meta line (markdown or an `<img>`): a tag is plain words, so the line is read as
 * its text, and an `<img>` (no text at all) vanished from the tags without a word.
 */
function notText(file: string, node: Paragraph): Finding[] {
  return node.children.flatMap((child): Finding[] => {
    // Other raw HTML is said where it is read (html-left-out); an <img> is a picture, read as none.
    const html = child.type === 'html' && /^<img\b/i.test(child.value.trim());
    const picture = child.type === 'image' || child.type === 'imageReference';
    if (!html && !picture) return [];
    const shown = child.type === 'html' ? excerpt(child.value.trim(), 60) : `![${child.alt ?? ''}](…)`;
    const reading = picture && child.alt ? `only its description "${child.alt}" is read` : 'it is left out';
    return [
      {
        file,
        line: child.position?.start.line ?? node.position?.start.line ?? 1,
        level: 'warning',
        code: 'left-out',
        message: `${shown} in a Level/Tags/Id line is no text: ${reading} — write tags and ids as plain words`,
      },
    ];
  });
}

/** An entry of a heading's meta lines: its value as written, and its line. */
interface Given {
  value: string;
  line: number;
}

/**
 * The second `Level:` (or `Tags:`, `Id:`) under one heading: the parser reads the later and drops
 * the earlier, which went without a word (`Tags: a` over `Tags: b` lost the tag a).
 */
function givenTwice(file: string, line: number, entry: string, given: Map<string, Given>): Finding[] {
  const m = /^\s*([A-Za-z]+)\s*:\s*(.*?)\s*$/s.exec(entry);
  if (!m) return [];
  const key = m[1].toLowerCase() === 'tag' ? 'tags' : m[1].toLowerCase();
  const name = key[0].toUpperCase() + key.slice(1);
  const earlier = given.get(key);
  given.set(key, { value: m[2], line });
  if (!earlier || earlier.value.toLowerCase() === m[2].toLowerCase()) return [];
  const hint = key === 'tags' ? 'write all the tags on one Tags line' : `keep one ${name} entry`;
  const where = earlier.line === line ? `"${earlier.value}", then "${m[2]}"` : `line ${earlier.line}: "${earlier.value}", here: "${m[2]}"`;
  const message = `${name} is given twice under this heading (${where}): the later is read, "${earlier.value}" left out — ${hint}`;
  return [{ file, line, level: 'warning', code: 'left-out', message }];
}

function checkEntry(file: string, line: number, entry: string): Finding[] {
  if (!entry.trim()) return [];
  try {
    const meta = parseMetaLine(entry, file, line);
    if (meta.rawTags === undefined) return [];
    const parts = meta.rawTags.split(',').map((t) => t.replace(/^#/, '').trim());
    if (parts.every((p) => !p)) return [{ file, line, level: 'warning', code: 'empty-tag', message: 'Tags: has no tags — write `Tags: a, b` or remove it' }];
    if (parts.some((p) => !p))
      return [{ file, line, level: 'warning', code: 'empty-tag', message: `empty tag in "Tags: ${meta.rawTags}" — remove the extra comma` }];
    return [];
  } catch (err) {
    if (!(err instanceof StudyguideError)) throw err;
    const code = /level/i.test(err.message) ? 'unknown-level' : 'bad-meta-line';
    return [{ file, line, level: 'error', code, message: `${err.message}${err.hint ? ` — ${err.hint}` : ''}` }];
  }
}
