import type { Html, Root } from 'mdast';
import { visit } from './visit-tree.js';

// The components docs sites (Mintlify, Fumadocs, Nextra, MDX themes) fold content under a title with.
const FOLDING = 'Accordion|AccordionItem|Expandable|Collapse|Collapsible|Disclosure|Toggle|Details';
// One of them opening (its attributes) or closing.
const TAG = new RegExp(`<(?:(?:${FOLDING})\\b((?:[^>"'{]|"[^"]*"|'[^']*'|\\{[^}]*\\})*)|/(?:${FOLDING})\\s*)>`, 'g');
// The components grouping them, which draw a frame and say nothing.
const GROUP = /<\/?(?:AccordionGroup|Accordions|CollapseGroup)\b(?:[^>"']|"[^"]*"|'[^']*')*>/g;
// The attribute naming what is folded: `title="…"`, `title={"…"}`, `summary='…'`.
const TITLE = /\b(?:title|summary|header|label|question)\s*=\s*(?:\{\s*)?(?:"([^"]*)"|'([^']*)'|`([^`]*)`)/;

/**
 * MDX components folding an answer under its question (`<Accordion title="What is …?">` … `</Accordion>`,
 * in an `<AccordionGroup>`), which the HTML reader knows nothing of: written as the `<details>` block
 * with its `<summary>` they render as, so a bank kept in them reads as one kept in `<details>`.
 * A component with no title is left as it is.
 */
export function mdxAccordions(tree: Root): Root {
  // Whether each open component was written as a details block, so that its closing tag is too
  // (in a node of its own where blank lines part it from its opening tag).
  const open: boolean[] = [];
  visit(tree, 'html', (node: Html) => {
    if (!/<\/?[A-Z]/.test(node.value)) return;
    node.value = node.value
      .replace(TAG, (whole, attributes: string | undefined) => {
        if (attributes === undefined) return open.pop() ? '</details>' : whole;
        const words = TITLE.exec(attributes)
          ?.slice(1)
          .find((t) => t !== undefined);
        open.push(words !== undefined);
        return words === undefined ? whole : `<details><summary>${words}</summary>`;
      })
      .replace(GROUP, '');
  });
  return tree;
}
