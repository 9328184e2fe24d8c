import type { Root } from 'mdast';
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
  for (const node of tree.children) {
    if (node.type === 'heading') {
      afterHeading = node.depth === 2 || node.depth === 3;
      continue;
    }
    if (!afterHeading) continue;
    if (node.type === 'blockquote') continue; // a meta line may also follow the card answer
    if (node.type !== 'paragraph' || !looksLikeMeta(toString(node), foreign)) {
      afterHeading = false;
      continue;
    }
    const start = node.position?.start.line ?? 1;
    toString(node)
      .split('\n')
      .forEach((text, i) => {
        for (const entry of text.split(SEPARATOR)) findings.push(...checkEntry(file, start + i, entry));
      });
  }
  return findings;
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
