import type { Root } from 'hast';
import { visit } from './visit-tree.js';

// remark-rehype names a footnote `user-content-fn-<label>` and the sanitizer's clobber prefix
// turns its ids into `fn-user-content-…` (and the label's into `fn-footnote-label`), but not the
// links to them.
const CLOBBERED = /^fn-(?:user-content-)?/;
const LINKED = /^#user-content-/;
const FOOTNOTE_PART = /^fn-(?:user-content-fn-|user-content-fnref-|footnote-label$)/;

/** The prefix of a fragment's footnote ids, from the line its first node starts on; markdown.ts moves it with the fragment. */
export const footnotePrefix = (line: number): string => `fnote${line}-`;
/** The footnote ids (and links to them) of a fragment's HTML, for moving them `by` lines. */
export const FOOTNOTE_ID_LINE = / (id="|href="#|aria-describedby=")fnote(-?\d+)-/g;

/**
 * rehype plugin: a fragment's footnotes get ids of their own, and their links point at them. Each
 * answer is rendered alone, so two answers citing one note both gave it the same ids (the guide
 * held duplicate ids, every link going to the first), and the links named ids the sanitizer had
 * prefixed, so none led anywhere in the PDF.
 */
export function footnoteIds() {
  return (tree: Root) => {
    const first = tree.children.find((n) => n.position)?.position?.start.line;
    if (first === undefined) return;
    const prefix = footnotePrefix(first);
    visit(tree, 'element', (node) => {
      const { id, href, ariaDescribedBy } = node.properties;
      if (typeof href === 'string' && LINKED.test(href)) node.properties.href = `#${prefix}${href.replace(LINKED, '')}`;
      // Only remark-rehype's footnote ids: a note's list item, its label heading, a reference's link.
      if (typeof id !== 'string' || !FOOTNOTE_PART.test(id)) return;
      node.properties.id = prefix + id.replace(CLOBBERED, '');
      if (Array.isArray(ariaDescribedBy)) node.properties.ariaDescribedBy = ariaDescribedBy.map((v) => prefix + String(v).replace(CLOBBERED, ''));
    });
  };
}
