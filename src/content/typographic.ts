import type { Link, Root, Text } from 'mdast';
import remarkSmartypants from 'remark-smartypants';
import { visit } from 'unist-util-visit';

/** Link text that is an address as typed (an autolink): never made typographic. */
const ADDRESS = /^(?:[a-z][\w+.-]*:\/\/|www\.|mailto:)|@/i;

/**
 * remark plugin: typographic quotes, apostrophes, en dashes (`--`), em dashes (`---`) and
 * ellipses in the text, by remark-smartypants; code is not text, so it stays as written, and so
 * does the text of a link that spells out its address.
 */
export function remarkTypographic() {
  const educate = (remarkSmartypants as unknown as (options: object) => (tree: Root) => void)({ dashes: 'oldschool' });
  return (tree: Root) => {
    const addresses: [Text, string][] = [];
    visit(tree, 'link', (link: Link) => {
      const [only] = link.children;
      if (link.children.length === 1 && only.type === 'text' && ADDRESS.test(only.value)) addresses.push([only, only.value]);
    });
    educate(tree);
    for (const [node, value] of addresses) node.value = value;
  };
}
