import path from 'node:path';
import { isLocalMarkdown } from './index-file.js';
import { fencedLines } from './fences.js';

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
// A line of a table of contents: a list item (or a line) that opens with a link, maybe set in bold (`1. **[Multicast](…)** – …`).
const LIST_LINK = /^\s*(?:[-*+]|\d{1,4}[.)])?\s*(?:\*\*|__|\*|_)?\[/;
// …or a row of a table of them (`| 1 | [What is a delegate?](DG-Question01.md) |`), its header and rule too.
const TABLE_ROW = /^\s*\|/;
const tocLine = (line: string): boolean => LIST_LINK.test(line) || TABLE_ROW.test(line);
const LINK = /\[(?:[^\]\\]|\\.)*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
// A page of the repository on GitHub (`https://github.com/owner/repo/blob/main/Events/EV-Question01.md`,
// `…/tree/main/…`, or its raw text at `https://raw.githubusercontent.com/owner/repo/main/…`): a
// bank's table of contents often links its own files so, to read well on the site.
const GITHUB_BLOB =
  /^https?:\/\/(?:(?:www\.)?github\.com\/[^/]+\/[^/]+\/(?:blob|tree)|raw\.githubusercontent\.com\/[^/]+\/[^/]+)\/[^/]+\/((?:[^/?#]+\/)*)([^/?#]+\.md)(?:[?#].*)?$/i;

/** The file of the index's folder a link names: a path beside the index, or its page on GitHub under the folder's own name. */
function linkedPath(url: string, folder: string): string | undefined {
  if (isLocalMarkdown(url)) return path.resolve(folder, decodedPath(url.replace(/#.*$/, '')));
  const blob = GITHUB_BLOB.exec(url);
  const parent = blob?.[1].split('/').at(-2);
  // Only a page in a folder of the same name: a link to another folder's page is no file of this one.
  return blob && (parent === undefined || decodedPath(parent) === path.basename(path.resolve(folder))) ? path.resolve(folder, decodedPath(blob[2])) : undefined;
}

/**
 * The outline an index file gives the folder's files (paths as in `files`), or undefined when it
 * links fewer than two of them or holds text of its own. Headings open parts; a file linked twice counts where first linked.
 */
export function folderOutline(text: string, indexFile: string, files: string[]): OutlinePart[] | undefined {
  const folder = path.dirname(indexFile);
  const byPath = new Map(files.map((f) => [path.resolve(f), f]));
  const parts: OutlinePart[] = [{ files: [] }];
  const seen = new Set<string>();
  const lines = text.split(/\r?\n/);
  const fenced = fencedLines(lines);
  for (const [k, line] of lines.entries()) {
    if (fenced[k]) continue;
    const heading = HEADING.exec(line);
    if (heading) {
      parts.push({ title: heading[1].trim(), files: [] });
      continue;
    }
    // Text of its own (a read-me's sentences) is no table of contents: such a file stays a read-me, said to be left out.
    if (line.trim() && !tocLine(line)) return undefined;
    for (const [, url] of line.matchAll(LINK)) {
      const linked = linkedPath(url, folder);
      const file = linked && byPath.get(linked);
      if (!file || seen.has(file)) continue;
      seen.add(file);
      parts[parts.length - 1].files.push(file);
    }
  }
  return seen.size >= MIN_LINKED ? parts.filter((p) => p.files.length > 0) : undefined;
}

/** Most places a table of contents is tried to end at (the file's end, then the headings after it, last first). */
const MAX_ENDS = 20;

/**
 * An introduction in prose around a table of contents (`### Table of Contents` over links to the
 * folder's files, or those links right after the prose), maybe with more prose under a heading of
 * its own after it (`## Contributing`): the prose before and after the table, and the outline the
 * table gives; undefined when the file holds no such table.
 */
export function folderIntroduction(text: string, indexFile: string, files: string[]): { prose: string; outline: OutlinePart[] } | undefined {
  const lines = text.split(/(?<=\n)/);
  // A heading or links shown in fenced code (a read-me's example of a table of contents) are code, not the table.
  const fenced = fencedLines(lines.map((line) => line.replace(/\r?\n$/, '')));
  const headings = lines.flatMap((line, k) => (!fenced[k] && HEADING.test(line.replace(/\r?\n$/, '')) ? [k] : []));
  /** The table from line `from` to the file's end, or to the last heading after it that opens prose of its own. */
  const table = (from: number): { outline: OutlinePart[]; end: number } | undefined => {
    const ends = [lines.length, ...headings.filter((k) => k > from).reverse()].slice(0, MAX_ENDS);
    for (const end of ends) {
      const outline = folderOutline(lines.slice(from, end).join(''), indexFile, files);
      if (outline) return { outline, end };
    }
    return undefined;
  };
  for (const [i, line] of lines.entries()) {
    if (i === 0 || fenced[i]) continue;
    const bare = line.replace(/\r?\n$/, '');
    // The table's own heading names no part: its links are the folder's, under the folder's title.
    // …or the table follows the prose with no heading of its own (a title, a paragraph, then the links).
    const from = HEADING.test(bare) ? i + 1 : tocLine(bare) && !lines[i - 1].trim() ? i : undefined;
    const found = from === undefined ? undefined : table(from);
    if (found) return { prose: lines.slice(0, i).join('') + lines.slice(found.end).join(''), outline: found.outline };
  }
  return undefined;
}

function decodedPath(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
