import type { Root } from 'mdast';
import { visit } from './visit-tree.js';

// Notes apps (Obsidian, Foam, Logseq) link their notes as `[[note]]` or `[[note|words shown]]`:
// printed, the page shows the words the app shows, not the brackets and the note's file name.

const WIKI_LINK = /!?\[\[([^[\]|\n]+?)(?:\|([^[\]\n]+?))?\]\]/g;

/** Each `[[note|words]]` in the text as its words (`[[note]]` as the note's name, `#heading` dropped); code untouched. */
export function withoutWikiLinks(tree: Root): Root {
  visit(tree, 'text', (node) => {
    if (node.value.includes('[[')) node.value = node.value.replace(WIKI_LINK, (_, note: string, shown?: string) => (shown ?? note.replace(/#.*$/, '')).trim());
  });
  return tree;
}
