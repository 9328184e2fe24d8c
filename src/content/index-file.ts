import path from 'node:path';
import type { Root } from 'mdast';
import { visit } from './visit-tree.js';
import { StudyguideError } from '../errors.js';


// A bank kept as several files often has a README (or an index, a SUMMARY) that only lists and
// links the others. In a folder build such a file holds no questions, and is no deck to fail.

/** File names that describe or index a folder rather than hold a deck. */
const FOLDER_FILE = /^(?:readme|index|introduction|intro|summary|contents|contributing|changelog|license|code_of_conduct)\.md$/i;

/** True for a folder's read-me, index or introduction by its name (`README.md`, `SUMMARY.md`, `Introduction.md`). */
export const isFolderFile = (file: string): boolean => FOLDER_FILE.test(path.basename(file));

/** A link to a markdown file beside this one (`linux.md`, `./questions/basic.md#top`), not a web page. */
const LOCAL_MARKDOWN = /^(?![a-z][a-z0-9+.-]*:|\/\/)[^?#]*\.md(?:#.*)?$/i;

/** True for a link's address that is a markdown file beside this one, not a web page. */
export const isLocalMarkdown = (url: string): boolean => LOCAL_MARKDOWN.test(url);

/** A link's path as written on disk (`My%20Notes.md` → `My Notes.md`), or as it is when it does not decode. */
function decoded(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/**
 * The error for a file with no questions that reads as a folder's index or read-me (named like
 * one, or linking two or more markdown files); undefined for any other file.
 */
export function notADeck(file: string, tree: Root): StudyguideError | undefined {
  const links: string[] = [];
  visit(tree, 'link', (node) => {
    if (LOCAL_MARKDOWN.test(node.url)) links.push(decoded(node.url.replace(/#.*$/, '')));
  });
  const unique = [...new Set(links)];
  if (unique.length < 2 && !isFolderFile(file)) return undefined;
  const named = unique.length > 3 ? `${unique.slice(0, 3).join(', ')} and ${unique.length - 3} more` : unique.join(', ');
  const what = unique.length >= 2 ? `an index of other files (${named})` : "a folder's read-me";
  return new StudyguideError(`no questions here: ${what}, not a deck; left out`, {
    // A warning where other decks build (the file is left out), an error when it is all there is.
    code: 'not-a-deck',
    file,
    line: 1,
    hint: 'build the decks themselves; a deck needs "### Question?" headings with answers under them',
  });
}
