import type { Image, InlineCode, Parent, PhrasingContent, Root, Text } from 'mdast';
import { visit } from './visit-tree.js';

// Notes apps (Obsidian, Foam, Logseq) link their notes as `[[note]]` or `[[note|words shown]]`:
// printed, the page shows the words the app shows, not the brackets and the note's file name.

const WIKI_LINK = /!?\[\[([^[\]|\n]+?)(?:\|([^[\]\n]+?))?\]\]/g;

const shownWords = (_: string, note: string, shown?: string): string => (shown ?? note.replace(/#.*$/, '')).trim();

// An embedded picture (`![[attachments/diagram 1.png]]`, `![[map.svg|300]]`: a width after the bar, or words to show)
// is the picture, found beside the deck as a markdown image would be (or said missing), not its file name in text.
const PICTURE_EMBED = /!\[\[([^[\]|\n]+?\.(?:png|jpe?g|gif|svg|webp|avif))(?:\|([^[\]\n]*?))?\]\]/gi;

/** A text's picture embeds as images between the text around them; undefined when it has none. */
function withPictures(text: Text): PhrasingContent[] | undefined {
  const parts: PhrasingContent[] = [];
  let from = 0;
  for (const m of text.value.matchAll(PICTURE_EMBED)) {
    if (m.index > from) parts.push({ type: 'text', value: text.value.slice(from, m.index) });
    const file = m[1].trim();
    const words = m[2]?.trim();
    const alt = words && !/^\d+(x\d+)?$/.test(words) ? words : (file.split('/').pop() ?? file).replace(/\.[^.]+$/, '');
    const image: Image = { type: 'image', url: encodeURI(file), alt, position: text.position };
    parts.push(image);
    from = m.index + m[0].length;
  }
  if (parts.length === 0) return undefined;
  if (from < text.value.length) parts.push({ type: 'text', value: text.value.slice(from) });
  return parts;
}

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
 * Each embedded picture as an image, each `[[note|words]]` in the text as its words (`[[note]]` as the note's name, `#heading` dropped), and a code
 * span holding only a note's link by its path or with its words as those words in text; other code untouched.
 */
export function withoutWikiLinks(tree: Root): Root {
  visit(tree, ['text', 'inlineCode'], (node, index, parent) => {
    const leaf = node as Text | InlineCode;
    if (!leaf.value.includes('[[')) return;
    const pictures = leaf.type === 'text' && parent && index !== undefined ? withPictures(leaf) : undefined;
    if (pictures) {
      for (const part of pictures) if (part.type === 'text') part.value = part.value.replace(WIKI_LINK, shownWords);
      (parent as Parent).children.splice(index!, 1, ...pictures);
      return index! + pictures.length;
    }
    if (leaf.type === 'text') leaf.value = leaf.value.replace(WIKI_LINK, shownWords);
    else {
      const words = codeLinkWords(leaf.value);
      if (words) Object.assign(leaf, { type: 'text', value: words });
    }
  });
  return tree;
}
