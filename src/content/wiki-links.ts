import type { InlineCode, Root, Text } from 'mdast';
import { visit } from './visit-tree.js';

// Notes apps (Obsidian, Foam, Logseq) link their notes as `[[note]]` or `[[note|words shown]]`:
// printed, the page shows the words the app shows, not the brackets and the note's file name.

const WIKI_LINK = /!?\[\[([^[\]|\n]+?)(?:\|([^[\]\n]+?))?\]\]/g;

const shownWords = (_: string, note: string, shown?: string): string => (shown ?? note.replace(/#.*$/, '')).trim();

// A code span that is one link to a note by its path or with the words to show (`` `[[DevOps/terraform-cheatsheet]]` ``,
// `` `[[hcl|HCL syntax]]` ``): a link the author set in code, read as the link it is. Other code keeps its brackets:
// C++ attributes (`[[nodiscard]]`, `[[gnu::pure]]`), a shell test (`[[ -f $f ]]`), a date format (`[[CC]YY]MMDD`).
const CODE_WIKI_LINK = /^\[\[([^\s[\]|:()"'=$]|[^\s[\]|:()"'=$][^[\]|\n:()"'=$]*[^\s[\]|:()"'=$])(?:\|([^[\]\n]+?))?\]\]$/;

/** The words a code span holding only a note's link shows, or none. */
function codeLinkWords(value: string): string | undefined {
  const m = CODE_WIKI_LINK.exec(value.trim());
  if (!m || (!m[2] && !m[1].includes('/'))) return undefined;
  return shownWords('', m[1], m[2]) || undefined;
}

/**
 * Each `[[note|words]]` in the text as its words (`[[note]]` as the note's name, `#heading` dropped), and a code
 * span holding only a note's link by its path or with its words as those words in text; other code untouched.
 */
export function withoutWikiLinks(tree: Root): Root {
  visit(tree, ['text', 'inlineCode'], (node) => {
    const leaf = node as Text | InlineCode;
    if (!leaf.value.includes('[[')) return;
    if (leaf.type === 'text') leaf.value = leaf.value.replace(WIKI_LINK, shownWords);
    else {
      const words = codeLinkWords(leaf.value);
      if (words) Object.assign(leaf, { type: 'text', value: words });
    }
  });
  return tree;
}
