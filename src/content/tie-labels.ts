import type { Emphasis, Root, Strong, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from './visit-tree.js';

/** A run-in label's length at most: "EN:", "Note:", "Trade-off:"; a longer bold phrase is text, not a label. */
const LABEL_CHARS = 30;

/**
 * remark plugin: a bold or italic run-in label ("**EN:** The team…", "**Note**: …") is tied to the
 * first word it labels by a no-break space, so a line never ends on the label with its words on
 * the next one. A card or cheat-sheet answer that runs two labelled items on ("FR: … EN: …") left
 * "EN:" alone at a line's end.
 */
export function remarkTieLabels() {
  return (tree: Root) => {
    visit(tree, ['strong', 'emphasis'], (node, index, parent) => {
      if (index === undefined || !parent) return;
      const next = parent.children[index + 1];
      if (next?.type !== 'text') return;
      const label = toString(node as Strong | Emphasis).trim();
      if (!label || [...label].length > LABEL_CHARS) return;
      const text = next as Text;
      // The colon inside the label ("**EN:** The") or just after it ("**EN**: The"). A full-width
      // colon ("类型：") is left: lines of ideographs break between any two characters anyway.
      if (label.endsWith(':')) text.value = text.value.replace(/^[ \t]+(?=\S)/, '\u00a0');
      else text.value = text.value.replace(/^:[ \t]+(?=\S)/, ':\u00a0');
    });
  };
}
