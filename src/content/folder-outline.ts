import path from 'node:path';
import { isLocalMarkdown } from './index-file.js';

// A folder of one-question files often comes with a table of contents that orders them and sorts
// them into parts: a book's SUMMARY.md (`# Core` over `- [What is JSX?](what-is-jsx.md)`), or a
// read-me that links every file. Read as a deck of its own, its links were open questions, and
// its presence split the folder into a deck per file.

/** A part of the outline: its heading, if any, and the folder's files it links, in order. */
export interface OutlinePart {
  title?: string;
  files: string[];
}

/** Fewest of the folder's files an index must link to order the folder's deck. */
const MIN_LINKED = 2;

const HEADING = /^ {0,3}#{1,6}[ \t]+(.+?)[ \t#]*$/;
// A line of a table of contents: a list item (or a line) that opens with a link.
const LIST_LINK = /^\s*(?:[-*+]|\d{1,4}[.)])?\s*\[/;
const LINK = /\[(?:[^\]\\]|\\.)*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;

/**
 * The outline an index file gives the folder's files (paths as in `files`), or undefined when it
 * links fewer than two of them or holds text of its own. Headings open parts; a file linked twice counts where first linked.
 */
export function folderOutline(text: string, indexFile: string, files: string[]): OutlinePart[] | undefined {
  const folder = path.dirname(indexFile);
  const byPath = new Map(files.map((f) => [path.resolve(f), f]));
  const parts: OutlinePart[] = [{ files: [] }];
  const seen = new Set<string>();
  let fenced = false;
  for (const line of text.split(/\r?\n/)) {
    if (/^ {0,3}(?:`{3,}|~{3,})/.test(line)) {
      fenced = !fenced;
      continue;
    }
    if (fenced) continue;
    const heading = HEADING.exec(line);
    if (heading) {
      parts.push({ title: heading[1].trim(), files: [] });
      continue;
    }
    // Text of its own (a read-me's sentences) is no table of contents: such a file stays a read-me, said to be left out.
    if (line.trim() && !LIST_LINK.test(line)) return undefined;
    for (const [, url] of line.matchAll(LINK)) {
      if (!isLocalMarkdown(url)) continue;
      const file = byPath.get(path.resolve(folder, decodedPath(url.replace(/#.*$/, ''))));
      if (!file || seen.has(file)) continue;
      seen.add(file);
      parts[parts.length - 1].files.push(file);
    }
  }
  return seen.size >= MIN_LINKED ? parts.filter((p) => p.files.length > 0) : undefined;
}

function decodedPath(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
